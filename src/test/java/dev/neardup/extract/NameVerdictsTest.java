package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NameVerdictsTest {
  private static Element div(String className) {
    return new Element("div").addClass(className);
  }

  @Test
  void railNamesASideColumnOnlyAsAWordOfItsOwn() {
    NameVerdicts names = new NameVerdicts();
    assertTrue(names.isUnlikely(div("right-rail")));
    assertTrue(names.isUnlikely(div("rail")));
    // A layout with an ad rail beside the body, not the rail itself.
    assertFalse(names.isUnlikely(div("grid-layout--adrail")));
    assertFalse(names.isUnlikely(div("trail-list")));
  }
}
