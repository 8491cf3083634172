package dev.neardup.io;

/** How input bytes are turned into articles. */
public enum InputFormat {
  /**
   * By file name: {@code .jsonl} and {@code .ndjson} files are JSON Lines, anything else is one
   * text article. Standard input is sniffed: JSON Lines when its first non-whitespace byte is
   * <code>{</code>, text otherwise.
   */
  AUTO,
  /** Every input is one plain-text article, whatever its name. */
  TEXT,
  /** Every input holds one JSON object per line, whatever its name. */
  JSONL
}
