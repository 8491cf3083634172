package dev.neardup.io;

import java.nio.file.FileSystems;
import java.util.Objects;

/**
 * How {@link ArticleReader} interprets its inputs.
 *
 * @param format how bytes become articles; {@link InputFormat#AUTO} decides by file name
 * @param idField JSON Lines field holding the article id (a string or a number)
 * @param textField JSON Lines field holding the article text (a string)
 * @param glob if non-null, files found by walking a directory are read only when their path
 *     relative to the directory argument, or their bare file name, matches this {@code glob:}
 *     pattern; files named explicitly are always read
 * @param maxArticleBytes largest plain-text file, and largest JSON Lines line, accepted, in bytes
 * @param dateField JSON Lines field holding the publication time (ISO-8601 date or date and time,
 *     or seconds since the epoch); records without it have no time
 * @param htmlField JSON Lines field holding a web page; a record that has it is read as that page's
 *     article, not from {@code textField}
 * @param followSymlinks whether symbolic links met while walking a directory are followed; when
 *     false they are skipped with a warning, so a link planted in an input tree cannot pull files
 *     from outside it into the output. Paths named as inputs are followed either way (as {@code
 *     find -H} does)
 * @param deliverEmpty whether an article whose text is blank is delivered (with a warning, for a
 *     filter that must pass every record on) rather than skipped with a warning
 */
public record InputOptions(
    InputFormat format,
    String idField,
    String textField,
    String glob,
    long maxArticleBytes,
    String dateField,
    String htmlField,
    boolean followSymlinks,
    boolean deliverEmpty) {

  /** Default {@link #htmlField()}. */
  public static final String DEFAULT_HTML_FIELD = "html";

  /** With the default HTML field. */
  public InputOptions(
      InputFormat format,
      String idField,
      String textField,
      String glob,
      long maxArticleBytes,
      String dateField) {
    this(
        format,
        idField,
        textField,
        glob,
        maxArticleBytes,
        dateField,
        DEFAULT_HTML_FIELD,
        false,
        false);
  }

  /** Not following symbolic links inside directories, skipping empty articles. */
  public InputOptions(
      InputFormat format,
      String idField,
      String textField,
      String glob,
      long maxArticleBytes,
      String dateField,
      String htmlField) {
    this(format, idField, textField, glob, maxArticleBytes, dateField, htmlField, false, false);
  }

  /** These options, delivering empty articles instead of skipping them. */
  public InputOptions withEmptyDelivered() {
    return new InputOptions(
        format,
        idField,
        textField,
        glob,
        maxArticleBytes,
        dateField,
        htmlField,
        followSymlinks,
        true);
  }

  /** Default {@link #dateField()}. */
  public static final String DEFAULT_DATE_FIELD = "date";

  /** With the default date field. */
  public InputOptions(
      InputFormat format, String idField, String textField, String glob, long maxArticleBytes) {
    this(format, idField, textField, glob, maxArticleBytes, DEFAULT_DATE_FIELD);
  }

  /** Default {@link #idField()}. */
  public static final String DEFAULT_ID_FIELD = "id";

  /** Default {@link #textField()}. */
  public static final String DEFAULT_TEXT_FIELD = "text";

  /** Default {@link #maxArticleBytes()}: 64 MiB, far above any real news article. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 64L << 20;

  /**
   * @throws NullPointerException if {@code format}, {@code idField} or {@code textField} is null
   * @throws IllegalArgumentException if a field name or the glob is empty, the glob is not a valid
   *     pattern, or {@code maxArticleBytes} is not positive
   */
  public InputOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(idField, "idField");
    Objects.requireNonNull(textField, "textField");
    Objects.requireNonNull(dateField, "dateField");
    Objects.requireNonNull(htmlField, "htmlField");
    if (htmlField.isEmpty()) {
      throw new IllegalArgumentException("htmlField must not be empty");
    }
    if (idField.isEmpty()) {
      throw new IllegalArgumentException("idField must not be empty");
    }
    if (textField.isEmpty()) {
      throw new IllegalArgumentException("textField must not be empty");
    }
    if (glob != null) {
      if (glob.isEmpty()) {
        throw new IllegalArgumentException("glob must not be empty");
      }
      // Compile once here so a bad --glob fails before any input is read, not per file.
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid glob '" + glob + "': " + e.getMessage().replaceAll("\\R", " "), e);
      }
    }
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException(
          "maxArticleBytes must be positive, got " + maxArticleBytes);
    }
  }

  /** Auto-detected format, fields {@code id} and {@code text}, no glob, 64 MiB limit. */
  public static InputOptions defaults() {
    return new InputOptions(
        InputFormat.AUTO, DEFAULT_ID_FIELD, DEFAULT_TEXT_FIELD, null, DEFAULT_MAX_ARTICLE_BYTES);
  }
}
