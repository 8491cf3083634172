package dev.neardup.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private String[] words(String text) {
    Tokens t = tokenizer.tokenize(text);
    String[] out = new String[t.size()];
    for (int i = 0; i < t.size(); i++) {
      out[i] = text.substring(t.starts()[i], t.ends()[i]);
    }
    return out;
  }

  @Test
  void lettersAndDigitsOfAnyScriptFormTokens() {
    assertArrayEquals(
        new String[] {"москва", "2017", "دمشق", "café", "naïve"},
        words("москва, 2017 — دمشق; café (naïve)"));
  }

  @Test
  void combiningMarksStayInsideTheirWord() {
    assertArrayEquals(new String[] {"हिन्दी", "भाषा"}, words("हिन्दी भाषा"));
  }

  @Test
  void hanAndKanaCharactersAreTokensEach() {
    assertArrayEquals(new String[] {"東", "京", "ニ", "ュ", "abc"}, words("東京ニュabc"));
  }

  @Test
  void equalWordsHashEquallyAndDifferentWordsDiffer() {
    Tokens t = tokenizer.tokenize("talks talks talk");
    assertEquals(t.hashes()[0], t.hashes()[1]);
    assertNotEquals(t.hashes()[0], t.hashes()[2]);
  }

  @Test
  void textWithoutWordsHasNoTokens() {
    assertEquals(0, tokenizer.tokenize(" ... -- !! ").size());
  }

  // The lookup table must give exactly the reference's spans and hashes (ReferenceTokenizer).

  @Test
  void fastPathMatchesReferenceOnRandomUnicodeText() {
    RandomNewsText random = new RandomNewsText(11);
    NewsNormalizer normalizer = new NewsNormalizer();
    for (int i = 0; i < 10_000; i++) {
      String text = random.article(random.profile(), 30);
      assertSameAsReference(text);
      assertSameAsReference(normalizer.normalize(text));
      assertSameAsReference(random.soup(200));
    }
  }

  @Test
  void fastPathMatchesReferenceForEveryCodePointInContext() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String ch = new String(Character.toChars(cp));
      assertSameAsReference(ch);
      assertSameAsReference("ab" + ch + "c " + ch + ch);
    }
  }

  private void assertSameAsReference(String text) {
    Tokens expected = new ReferenceTokenizer().tokenize(text);
    Tokens actual = tokenizer.tokenize(text);
    assertArrayEquals(expected.starts(), actual.starts(), text);
    assertArrayEquals(expected.ends(), actual.ends(), text);
    assertArrayEquals(expected.hashes(), actual.hashes(), text);
    Tokens spans = tokenizer.spans(text);
    assertArrayEquals(expected.starts(), spans.starts(), text);
    assertArrayEquals(expected.ends(), spans.ends(), text);
    assertNull(spans.hashes(), "spans only");
  }
}
