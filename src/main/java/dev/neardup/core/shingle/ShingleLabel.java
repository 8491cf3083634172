package dev.neardup.core.shingle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shingling as {@code Shingler#describe} spells it and users type it: {@code word:5}, {@code
 * char:9}, {@code char:9/4} (1 in 4 kept).
 *
 * @param kind word or character shingles
 * @param size words or characters per shingle
 * @param sampling 1 in how many shingles are kept, or null when the label does not say
 */
public record ShingleLabel(ShingleKind kind, int size, Integer sampling) {
  private static final Pattern LABEL = Pattern.compile("(word|char):(\\d{1,3})(?:/(\\d{1,2}))?");

  /**
   * @throws IllegalArgumentException when {@code label} is not of that form or its sampling is not
   *     a power of two up to 64
   */
  public static ShingleLabel parse(String label) {
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "shingling must look like word:5, char:9 or char:9/4 (1 in 4 kept): " + label);
    }
    Integer sampling = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    if (sampling != null) {
      Shingler.checkSampling(sampling);
    }
    return new ShingleLabel(
        ShingleKind.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
        Integer.parseInt(m.group(2)),
        sampling);
  }

  /** The sampling, or {@code otherwise} when the label does not give one. */
  public int samplingOr(int otherwise) {
    return sampling != null ? sampling : otherwise;
  }
}
