package dev.neardup.corpus;

import dev.neardup.corpus.ReutersStories.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The usable Reuters bases of one generator run in a seeded shuffled order, each drawn at most
 * once, so that no two generated stories share a base. Repeats (resends, updates) are left out
 * except the longest usable story of each group, or two "different" stories would be one.
 */
final class BaseDeck {
  private final List<Story> deck = new ArrayList<>();
  private final Set<String> used = new HashSet<>();
  private final List<List<Story>> repeatGroups;
  private final int repeatsLeftOut;
  private final String demand;
  private int position;

  /** {@code demand} says what the bases are drawn for, in the message when they run out. */
  BaseDeck(List<Story> stories, SplittableRandom rng, String demand) {
    this.demand = demand;
    List<Story> sorted = new ArrayList<>(stories);
    sorted.sort(
        (a, b) ->
            a.newid() != b.newid()
                ? Integer.compare(a.newid(), b.newid())
                : a.id().compareTo(b.id()));
    repeatGroups = RepeatFinder.findGroups(sorted);
    Set<String> leaveOut = RepeatFinder.leaveOut(repeatGroups, ReutersStories::isUsableBase);
    repeatsLeftOut = leaveOut.size();
    for (Story s : sorted) {
      if (ReutersStories.isUsableBase(s) && !leaveOut.contains(s.id())) {
        deck.add(s);
      }
    }
    shuffle(deck, rng);
  }

  List<List<Story>> repeatGroups() {
    return repeatGroups;
  }

  int repeatsLeftOut() {
    return repeatsLeftOut;
  }

  /** Bases available at the start, repeats left out. */
  int size() {
    return deck.size();
  }

  boolean exhausted() {
    return position >= deck.size();
  }

  Story draw() {
    while (position < deck.size()) {
      Story s = deck.get(position++);
      if (used.add(s.id())) {
        return s;
      }
    }
    throw new IllegalStateException(
        "not enough distinct base stories for "
            + demand
            + " ("
            + deck.size()
            + " bases available)");
  }

  /** An unused base sharing a topic code with {@code s} (else a place code, else any). */
  Story drawRelated(Story s) {
    for (List<String> codes : List.of(s.topics(), s.places())) {
      for (int i = position; i < deck.size() && !codes.isEmpty(); i++) {
        Story c = deck.get(i);
        List<String> theirs = codes == s.topics() ? c.topics() : c.places();
        if (!used.contains(c.id()) && !Collections.disjoint(codes, theirs)) {
          used.add(c.id());
          return c;
        }
      }
    }
    return draw();
  }

  /** Fisher-Yates with the run's own random source, so that one seed gives one order. */
  static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }
}
