package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParagraphStatusTest {
  @Test
  void statusFollowsTheShareOfTheParagraphInSharedPassages() {
    assertEquals(
        ParagraphStatus.COPIED,
        ParagraphStatus.of(new PassageFinder.Paragraph(0, 10, 10, 9, false)));
    assertEquals(
        ParagraphStatus.PARTIAL,
        ParagraphStatus.of(new PassageFinder.Paragraph(0, 10, 10, 8, false)));
    assertEquals(
        ParagraphStatus.PARTIAL,
        ParagraphStatus.of(new PassageFinder.Paragraph(0, 10, 10, 1, false)));
    assertEquals(
        ParagraphStatus.ONLY_HERE,
        ParagraphStatus.of(new PassageFinder.Paragraph(0, 10, 10, 0, false)));
    assertEquals(
        ParagraphStatus.IGNORED,
        ParagraphStatus.of(new PassageFinder.Paragraph(0, 10, 0, 0, true)));
  }

  @Test
  void aTruncatedRewriteShowsItsCopiedPartialAndAddedParagraphs() {
    String original =
        "Ministers from twelve countries met in Vienna on Monday to discuss the future of the grain deal.\n"
            + "The talks were described by diplomats as difficult but constructive after a long night.\n"
            + "A final statement is expected on Wednesday evening after the closing session.";
    String copy =
        "Ministers from twelve countries met in Vienna on Monday to discuss the future of the grain deal.\n"
            + "Diplomats said the talks were difficult but constructive after a long night of bargaining.\n"
            + "Subscribe to our newsletter for the latest regional headlines every morning.";
    PassageFinder.Explanation e = new PassageFinder(5).explain(copy, original);
    assertEquals(
        List.of(ParagraphStatus.COPIED, ParagraphStatus.PARTIAL, ParagraphStatus.ONLY_HERE),
        e.paragraphsA().stream().map(ParagraphStatus::of).collect(Collectors.toList()));
    assertEquals(
        ParagraphStatus.ONLY_HERE, ParagraphStatus.of(e.paragraphsB().get(2)), "the cut ending");
    assertEquals("only here", ParagraphStatus.ONLY_HERE.label());
  }
}
