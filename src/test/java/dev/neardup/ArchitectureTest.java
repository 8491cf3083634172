package dev.neardup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering README's source tree describes, checked on the sources as text: core does no I/O and
 * sees none of the layers around it, and each pipeline stage of core sees only the stages before
 * it. Comments and string literals are left out, so a Javadoc link to a later stage is allowed; a
 * qualified name in code counts as much as an import.
 */
class ArchitectureTest {
  private static final Path CORE = Path.of("src/main/java/dev/neardup/core");

  /** The stages in the order the text flows through them. */
  private static final List<String> STAGES =
      List.of("hash", "text", "shingle", "minhash", "lsh", "verify", "cluster");

  /** Threads for any stage; a stage of its own in no order. */
  private static final String PARALLEL = "parallel";

  /**
   * Markers, not I/O: CommonShingles is Serializable so that the Spark job can ship it to workers.
   */
  private static final Set<String> ALLOWED_JDK = Set.of("java.io.Serializable", "java.io.Serial");

  private static final Pattern NEARDUP =
      Pattern.compile("\\bdev\\.neardup\\.([a-z]+)(?:\\.([a-z]+))?(?:\\.([A-Za-z_]\\w*))?");
  private static final Pattern IO_JDK =
      Pattern.compile("\\bjava\\.(?:io|nio\\.file|net|sql)\\.[A-Za-z_][\\w.]*");

  @Test
  void coreDoesNoIoAndEachStageSeesOnlyEarlierStages() throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORE)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(files.size() > 30, "core's sources not found under " + CORE.toAbsolutePath());
    for (Path file : files) {
      Path inCore = CORE.relativize(file);
      String stage = inCore.getNameCount() == 1 ? "" : inCore.getName(0).toString();
      violations.addAll(violations(file.toString(), stage, Files.readString(file)));
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void aPlantedLaterStageOuterLayerOrIoImportIsFound() {
    String source =
        "package dev.neardup.core.shingle;\n"
            + "import dev.neardup.core.hash.Hashing64;\n"
            + "import dev.neardup.core.parallel.ParallelTasks;\n"
            + "import dev.neardup.core.minhash.Signature;\n"
            + "import dev.neardup.io.JsonOutput;\n"
            + "import java.nio.file.Files;\n"
            + "/** See {@link dev.neardup.core.verify.PassageOverlap}. */\n"
            + "final class Planted {\n"
            + "  String s = \"dev.neardup.cli.Main java.net.URL\";\n"
            + "  java.sql.Connection c; // dev.neardup.store.SqliteIndex\n"
            + "  dev.neardup.core.Settings settings;\n"
            + "  @java.io.Serial private static final long serialVersionUID = 1L;\n"
            + "}\n";
    assertEquals(
        List.of(
            "Planted.java (shingle) uses dev.neardup.core.minhash.Signature",
            "Planted.java (shingle) uses dev.neardup.io.JsonOutput",
            "Planted.java (shingle) uses dev.neardup.core.Settings",
            "Planted.java (shingle) uses java.nio.file.Files",
            "Planted.java (shingle) uses java.sql.Connection"),
        violations("Planted.java", "shingle", source));
  }

  @Test
  void theUseCasesAtCoresTopMayUseEveryStageButNoOuterLayer() {
    String source =
        "package dev.neardup.core;\n"
            + "import dev.neardup.core.cluster.Cluster;\n"
            + "import dev.neardup.core.text.Article;\n"
            + "import dev.neardup.store.SqliteIndex;\n";
    assertEquals(
        List.of("Top.java (core) uses dev.neardup.store.SqliteIndex"),
        violations("Top.java", "", source));
  }

  /**
   * What {@code source}, a file of core's package {@code stage} ("" for core's top), must not use.
   */
  private static List<String> violations(String file, String stage, String source) {
    String code = withoutCommentsAndStrings(source);
    String who = file + " (" + (stage.isEmpty() ? "core" : stage) + ") uses ";
    List<String> found = new ArrayList<>();
    Matcher m = NEARDUP.matcher(code);
    while (m.find()) {
      if (!allowed(stage, m.group(1), m.group(2))) {
        found.add(who + m.group());
      }
    }
    Matcher jdk = IO_JDK.matcher(code);
    while (jdk.find()) {
      if (!ALLOWED_JDK.contains(jdk.group())) {
        found.add(who + jdk.group());
      }
    }
    return found;
  }

  /**
   * Whether core's package {@code stage} may use {@code dev.neardup.<layer>.<sub>...}; {@code sub}
   * is null or a class name when the reference is to core's top level.
   */
  private static boolean allowed(String stage, String layer, String sub) {
    if (!layer.equals("core")) {
      // io, cli, store, eval, query, extract: the layers around core, which core must not see.
      return false;
    }
    boolean toStage = sub != null && (STAGES.contains(sub) || sub.equals(PARALLEL));
    if (stage.isEmpty() || (toStage && (sub.equals(stage) || sub.equals(PARALLEL)))) {
      return true;
    }
    if (!toStage || stage.equals(PARALLEL)) {
      // core's top level, or a stage from the thread helpers: both would run against the flow.
      return false;
    }
    return STAGES.indexOf(sub) < STAGES.indexOf(stage);
  }

  /** {@code source} with comments, string, text-block and char literals blanked out. */
  private static String withoutCommentsAndStrings(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = skipTo(source, i, "\n", 0);
      } else if (source.startsWith("/*", i)) {
        i = skipTo(source, i + 2, "*/", 2);
      } else if (source.startsWith("\"\"\"", i)) {
        i = skipTo(source, i + 3, "\"\"\"", 3);
      } else if (c == '"' || c == '\'') {
        i = skipLiteral(source, i + 1, c);
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  private static int skipTo(String source, int from, String end, int endLength) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + endLength;
  }

  private static int skipLiteral(String source, int from, char quote) {
    int i = from;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
