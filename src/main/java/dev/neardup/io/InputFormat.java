package dev.neardup.io;

/** How input bytes are turned into articles. */
public enum InputFormat {
  /**
   * By file name, after a {@code .gz} suffix (read decompressed) is set aside: {@code .jsonl} and
   * {@code .ndjson} files are JSON Lines, {@code .html} and {@code .htm} files web pages, {@code
   * .warc} files web archives, anything else is one text article. Standard input is sniffed: JSON
   * Lines when its first non-whitespace byte is <code>{</code>, a web page when it is {@code <},
   * text otherwise.
   */
  AUTO,
  /** Every input is one plain-text article, whatever its name. */
  TEXT,
  /** Every input holds one JSON object per line, whatever its name. */
  JSONL,
  /** Every input is one web page, whatever its name; its article is extracted. */
  HTML,
  /** Every input is a WARC file (plain or gzip-compressed); each HTML response is one page. */
  WARC
}
