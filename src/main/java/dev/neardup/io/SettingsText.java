package dev.neardup.io;

import dev.neardup.core.Settings;
import dev.neardup.core.lsh.LshParams;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders settings as the options that reproduce them, as a JSON-ready map, and their numbers as
 * the shortest text that reads back the same at four decimals.
 */
public final class SettingsText {
  private SettingsText() {}

  /** The {@code cluster} options that reproduce {@code s}. */
  public static String commandLine(Settings s) {
    StringBuilder b = new StringBuilder();
    b.append("--shingle ")
        .append(s.shingleKind().name().toLowerCase(Locale.ROOT))
        .append(" -k ")
        .append(s.shingleSize())
        .append(" --sample ")
        .append(s.sampling())
        .append(" --permutations ")
        .append(s.permutations())
        .append(" --measure ")
        .append(s.measure().label())
        .append(" --threshold ")
        .append(number(s.threshold()))
        .append(" --linkage ")
        .append(s.linkage().label());
    if (s.lshOverride() != null) {
      b.append(" --bands ")
          .append(s.lshOverride().bands())
          .append(" --rows ")
          .append(s.lshOverride().rows());
    } else {
      b.append(" --lsh-threshold ").append(number(s.lshThreshold()));
    }
    b.append(" --common-shingles ").append(s.commonShingles());
    if (s.seed() != Settings.DEFAULTS.seed()) {
      b.append(" --seed ").append(s.seed());
    }
    return b.toString();
  }

  /** {@code s} as the {@code settings} object of the JSON reports, in a fixed field order. */
  public static Map<String, Object> asMap(Settings s) {
    LshParams lsh = s.lshParams();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shingle", s.shingleKind().name().toLowerCase(Locale.ROOT));
    m.put("shingle_size", s.shingleSize());
    m.put("sample", s.sampling());
    m.put("permutations", s.permutations());
    m.put("seed", s.seed());
    m.put("measure", s.measure().label());
    m.put("threshold", s.threshold());
    m.put("linkage", s.linkage().label());
    m.put("lsh_threshold", s.lshThreshold());
    m.put("bands", lsh.bands());
    m.put("rows", lsh.rows());
    m.put("common_shingles", s.commonShingles());
    return m;
  }

  /** {@code value} at four decimals without trailing zeros: 0.3 rather than 0.3000. */
  public static String number(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
