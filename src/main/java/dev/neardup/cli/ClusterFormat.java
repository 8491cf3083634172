package dev.neardup.cli;

import dev.neardup.io.OutputFormat;

/** What {@code cluster --output} writes: the shared formats, or the HTML report only {@code cluster} has. */
enum ClusterFormat {
  TEXT(OutputFormat.TEXT),
  JSONL(OutputFormat.JSONL),
  CSV(OutputFormat.CSV),
  HTML(null);

  private final OutputFormat format;

  ClusterFormat(OutputFormat format) {
    this.format = format;
  }

  /** The {@link dev.neardup.io.ClusterWriter} format; null for {@link #HTML}. */
  OutputFormat format() {
    return format;
  }
}
