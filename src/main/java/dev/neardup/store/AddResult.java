package dev.neardup.store;

/**
 * What one {@link ArticleIndex#addBatch} did.
 *
 * @param added articles whose id was new
 * @param replaced articles whose id was present and which replaced it ({@code replace} only)
 * @param skipped articles whose id was present and which were left out
 */
public record AddResult(int added, int replaced, int skipped) {
  public static final AddResult NONE = new AddResult(0, 0, 0);

  public AddResult plus(AddResult other) {
    return new AddResult(added + other.added, replaced + other.replaced, skipped + other.skipped);
  }
}
