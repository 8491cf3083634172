package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.corpus.ReutersStories.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {
  @Test
  void findsAPlantedRepeatAndLeavesOutAllButOne() {
    List<Story> stories = new ArrayList<>(Synthetic.stories(30, 3));
    Story original = stories.get(7);
    // An update: new title and day, a changed first paragraph, one paragraph added.
    List<String> p = new ArrayList<>(original.paragraphs());
    p.set(0, Synthetic.sentence(new SplittableRandom(99)));
    p.add(Synthetic.sentence(new SplittableRandom(98)));
    String body = String.join("\n    ", p);
    stories.add(
        Story.fromRaw(
            "planted",
            1000,
            "4-MAR-1987 09:00:00.00",
            "UPDATED STORY",
            "LONDON, March 4 -",
            body,
            original.topics(),
            original.places()));

    List<List<Story>> groups = RepeatFinder.findGroups(stories);

    assertEquals(1, groups.size(), "only the planted pair is a repeat");
    Set<String> ids = groups.get(0).stream().map(Story::id).collect(Collectors.toSet());
    assertEquals(Set.of(original.id(), "planted"), ids);
    Set<String> out = RepeatFinder.leaveOut(groups, ReutersStories::isUsableBase);
    assertEquals(1, out.size());
    assertTrue(ids.containsAll(out));
  }

  @Test
  void sameTitleOnTheSameDayIsARepeat() {
    List<Story> stories = new ArrayList<>(Synthetic.stories(5, 4));
    Story a = stories.get(1);
    stories.add(
        Story.fromRaw(
            "same-title",
            2000,
            a.date(),
            a.title(),
            a.dateline(),
            Synthetic.sentence(new SplittableRandom(5))
                + "\n    "
                + Synthetic.sentence(new SplittableRandom(6)),
            a.topics(),
            a.places()));
    List<List<Story>> groups = RepeatFinder.findGroups(stories);
    assertEquals(1, groups.size());
    assertEquals(
        Set.of(a.id(), "same-title"),
        groups.get(0).stream().map(Story::id).collect(Collectors.toSet()));
  }

  @Test
  void unwrapJoinsWrappedLinesAndSplitsAtIndentedOnes() {
    List<String> p =
        ReutersStories.unwrap(
            "First line of\nthe lead.\n    Second <ABC> paragraph\ngoes on.\n    Third.\n REUTER");
    assertEquals(
        List.of("First line of the lead.", "Second (ABC) paragraph goes on.", "Third."), p);
  }
}
