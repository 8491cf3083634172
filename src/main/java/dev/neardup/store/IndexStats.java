package dev.neardup.store;

/**
 * Size and contents of an index.
 *
 * @param settings the settings it was created with
 * @param articles articles held
 * @param bandKeys rows of {@code band_keys} (articles × bands)
 * @param fileBytes size of the database file
 * @param walBytes size of its write-ahead log ({@code FILE-wal}), 0 when absent
 * @param pageSize SQLite page size in bytes
 * @param pages pages in the database file
 * @param freePages unused pages (left by removals, reused by later additions)
 * @param createdAt when the index was created, ISO-8601 UTC
 * @param lastAddedAt when the newest article was added, or null when empty
 * @param schema schema version
 */
public record IndexStats(
    IndexSettings settings,
    long articles,
    long bandKeys,
    long fileBytes,
    long walBytes,
    int pageSize,
    long pages,
    long freePages,
    String createdAt,
    String lastAddedAt,
    int schema) {

  /** File bytes (database plus log) per article; 0 when empty. */
  public double bytesPerArticle() {
    return articles == 0 ? 0 : (double) (fileBytes + walBytes) / articles;
  }
}
