package dev.neardup.io;

/** How results are written to stdout. */
public enum OutputFormat {
  /** Aligned, human-readable text. */
  TEXT,
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** One JSON document (a report, an explanation). */
  JSON,
  /** One self-contained HTML page (cluster's report for editors). */
  HTML
}
