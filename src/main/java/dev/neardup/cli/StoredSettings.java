package dev.neardup.cli;

import dev.neardup.core.FingerprintSpec;
import dev.neardup.core.FingerprintSpec.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ParseResult;

/**
 * The rule for settings stored with signatures (a sketch file, an index): options left out take the
 * stored values; an option given that contradicts them is an error, because the stored signatures
 * could not be compared with new ones.
 */
final class StoredSettings {
  private StoredSettings() {}

  /**
   * The given options that contradict {@code stored}, each as the user would spell it; empty when
   * none.
   */
  static List<String> contradictions(
      ParseResult parsed, FingerprintSpec requested, FingerprintSpec stored) {
    Set<Part> differ = requested.differences(stored);
    List<String> contradicting = new ArrayList<>();
    if (differ.contains(Part.SHINGLING)
        && (parsed.hasMatchedOption("--shingle")
            || parsed.hasMatchedOption("--shingle-size")
            || parsed.hasMatchedOption("--sample"))) {
      contradicting.add("--shingle/-k/--sample " + requested.shingling());
    }
    if (differ.contains(Part.PERMUTATIONS) && parsed.hasMatchedOption("--permutations")) {
      contradicting.add("--permutations " + requested.permutations());
    }
    if (differ.contains(Part.SEED) && parsed.hasMatchedOption("--seed")) {
      contradicting.add("--seed " + requested.seed());
    }
    return contradicting;
  }

  /**
   * @throws UsageException when {@code contradicting} is not empty, saying how {@code source} was
   *     made (howMade), e.g. {@code "was built with char:9/4, …"}
   */
  static void refuse(List<String> contradicting, Object source, String howMade) {
    if (!contradicting.isEmpty()) {
      throw new UsageException(
          source
              + " "
              + howMade
              + "; "
              + String.join(", ", contradicting)
              + (contradicting.size() == 1 ? " contradicts" : " contradict")
              + " it (leave those options out to use its settings)");
    }
  }
}
