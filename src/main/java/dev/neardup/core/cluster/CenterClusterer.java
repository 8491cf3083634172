package dev.neardup.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** See {@link Linkage#CENTER}. */
public final class CenterClusterer implements Clusterer {
  @Override
  public List<int[]> cluster(int[] ranks, List<WeightedEdge> edges, double threshold) {
    int n = ranks.length;
    List<List<WeightedEdge>> adjacency = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacency.add(new ArrayList<>());
    }
    for (WeightedEdge e : edges) {
      if (e.score() >= threshold) {
        adjacency.get(e.a()).add(e);
        adjacency.get(e.b()).add(e);
      }
    }
    int[] byRank = new int[n];
    for (int i = 0; i < n; i++) {
      byRank[ranks[i]] = i;
    }
    boolean[] center = new boolean[n];
    for (int article : byRank) {
      boolean linkedToCenter = false;
      for (WeightedEdge e : adjacency.get(article)) {
        if (center[other(e, article)]) {
          linkedToCenter = true;
          break;
        }
      }
      center[article] = !linkedToCenter;
    }
    int[] assigned = new int[n];
    for (int article = 0; article < n; article++) {
      if (center[article]) {
        assigned[article] = article;
        continue;
      }
      int best = -1;
      double bestScore = -1;
      for (WeightedEdge e : adjacency.get(article)) {
        int c = other(e, article);
        double key = choiceKey(e);
        if (center[c] && (key > bestScore || (key == bestScore && ranks[c] < ranks[best]))) {
          best = c;
          bestScore = key;
        }
      }
      assigned[article] = best;
    }
    moveToClearlyCloserPartners(assigned, adjacency);
    joinLoneCentres(assigned, adjacency);
    joinStrongLinks(assigned, edges, strongLevel(threshold));
    joinWellLinkedClusters(assigned, edges, threshold);
    return Groups.byRoot(assigned);
  }

  /** Weight of the mutual share beside the score when a member chooses its centre. */
  static final double MUTUAL_WEIGHT = 0.25;

  /**
   * What a member maximises when it chooses among centres: its score against the centre plus a
   * quarter of their {@link WeightedEdge#mutual} share. Why: a short text scores as high against a
   * long page it is one part of (a live page, a page with a long "most read" block) as against a
   * version of its own length, and the choice between nearly equal scores then went by a few
   * hundredths that the rest of the batch moves; how much of the centre the member is tells the
   * version from the page. The weight was chosen on the dev sets (0, 0.25, 0.5, 1).
   */
  private static double choiceKey(WeightedEdge e) {
    return e.score() + MUTUAL_WEIGHT * e.mutual();
  }

  /** How much higher than its centre a member must score against a partner to follow it. */
  static final double CLEARLY_CLOSER = 0.2;

  /**
   * A member that scores at least {@link #CLEARLY_CLOSER} higher against an article of another
   * cluster than against its own centre moves to that article's cluster. Why: a member can only
   * choose among centres, and its closest version may be another centre's member; the centre it
   * chose may then share little more than an outlet's page furniture with it. Members choose from
   * the clusters as they were before this step.
   */
  private static void moveToClearlyCloserPartners(
      int[] assigned, List<List<WeightedEdge>> adjacency) {
    int n = assigned.length;
    boolean[] chosen = chosenCentres(assigned);
    int[] before = assigned.clone();
    for (int article = 0; article < n; article++) {
      int centre = before[article];
      if (centre == article) {
        continue;
      }
      double toCentre = -1;
      int best = -1;
      double bestScore = -1;
      for (WeightedEdge e : adjacency.get(article)) {
        int o = other(e, article);
        if (o == centre) {
          toCentre = Math.max(toCentre, e.score());
        } else if (before[o] != centre && inACluster(o, before, chosen) && e.score() > bestScore) {
          best = o;
          bestScore = e.score();
        }
      }
      if (best >= 0 && toCentre >= 0 && bestScore >= toCentre + CLEARLY_CLOSER) {
        assigned[article] = before[best];
      }
    }
  }

  /**
   * The mutual score from which a centre no article chose joins the cluster of a member it is
   * linked to: at least 35 % of each article lies in what they share. Chosen on the dev sets (0.5,
   * 0.45, 0.4, 0.35, 0.3, 0.25) once members chose centres with the mutual share: web dev precision
   * held at 0.980 down to 0.35 and fell below it (0.978, 0.974), while recall rose throughout.
   */
  static final double LONE_CENTRE_MUTUAL = 0.35;

  /**
   * A centre that no article chose joins the cluster of the member it scores highest against among
   * those it shares at least {@link #LONE_CENTRE_MUTUAL} with from both sides. Why: versions of a
   * story chain (a write-through keeps part of the last one, the next keeps part of that), and a
   * long version that shares too little with the fullest one becomes a centre of its own although
   * it is plainly a version of a member; it was left alone. Only a pair each mostly the other
   * joins, so a long page that shares one brief or paragraph with a member (a live page, a digest,
   * a follow-up's background) stays apart; joining by the score alone, whichever side it comes
   * from, merged such pages on real scraped news. Members joined here choose from the clusters as
   * they were before this step, so nothing joins through another lone centre.
   */
  private static void joinLoneCentres(int[] assigned, List<List<WeightedEdge>> adjacency) {
    int n = assigned.length;
    boolean[] chosen = chosenCentres(assigned);
    int[] before = assigned.clone();
    for (int article = 0; article < n; article++) {
      if (before[article] != article || chosen[article]) {
        continue;
      }
      int best = -1;
      double bestScore = -1;
      for (WeightedEdge e : adjacency.get(article)) {
        int o = other(e, article);
        if (inACluster(o, before, chosen)
            && e.mutual() >= LONE_CENTRE_MUTUAL
            && e.score() > bestScore) {
          best = o;
          bestScore = e.score();
        }
      }
      if (best >= 0) {
        assigned[article] = before[best];
      }
    }
  }

  /**
   * Score from which two articles are so plainly versions of one story that their clusters join
   * even though each member chose a different centre: halfway from the threshold to 1.
   */
  static double strongLevel(double threshold) {
    return (1 + threshold) / 2;
  }

  /**
   * Joins the clusters of every pair scoring at least {@code strong} from both sides (its {@link
   * WeightedEdge#mutual} score): two versions of one write-through, one nearly inside the other,
   * each closer to a different longer version (the two longer ones adding different paragraphs, so
   * below the threshold with each other), would otherwise end apart. Only pairs each mostly the
   * other join, so a digest or live page holding a brief, or two pages sharing a menu, glue
   * nothing.
   */
  private static void joinStrongLinks(int[] assigned, List<WeightedEdge> edges, double strong) {
    int n = assigned.length;
    int[] parent = Groups.singletons(n);
    for (int i = 0; i < n; i++) {
      Groups.union(parent, i, assigned[i]);
    }
    for (WeightedEdge e : edges) {
      if (e.score() >= strong && e.mutual() >= strong) {
        Groups.union(parent, e.a(), e.b());
      }
    }
    for (int i = 0; i < n; i++) {
      assigned[i] = Groups.find(parent, i);
    }
  }

  /**
   * Share of the pairs across two clusters that must be verified edges for the two to join: two
   * thirds ({@value #WELL_LINKED_PARTS} of {@value #WELL_LINKED_WHOLE}, kept as integers so the
   * comparison is exact).
   */
  static final int WELL_LINKED_PARTS = 2;

  static final int WELL_LINKED_WHOLE = 3;

  /**
   * Joins two clusters of at least two articles each when at least two thirds of the pairs across
   * them are verified edges. Why: a story's versions can gather round two centres (each half closer
   * to a different long version), and then nearly every version in one half is verified against
   * nearly every version in the other, while no single pair is strong enough for {@link
   * #joinStrongLinks}. A live page or digest holding a brief, or a follow-up reusing background, is
   * verified against a few articles of another cluster, not against most of them. Decisions use the
   * clusters as they were before this step, so joins do not chain through it.
   */
  private static void joinWellLinkedClusters(
      int[] assigned, List<WeightedEdge> edges, double threshold) {
    int n = assigned.length;
    int[] size = new int[n];
    for (int root : assigned) {
      size[root]++;
    }
    Map<Long, Integer> across = new HashMap<>();
    for (WeightedEdge e : edges) {
      int ra = assigned[e.a()];
      int rb = assigned[e.b()];
      if (e.score() >= threshold && ra != rb && size[ra] > 1 && size[rb] > 1) {
        across.merge(((long) Math.min(ra, rb) << 32) | Math.max(ra, rb), 1, Integer::sum);
      }
    }
    int[] parent = Groups.singletons(n);
    for (Map.Entry<Long, Integer> link : across.entrySet()) {
      int ra = (int) (link.getKey() >>> 32);
      int rb = (int) (long) link.getKey();
      if ((long) WELL_LINKED_WHOLE * link.getValue()
          >= (long) WELL_LINKED_PARTS * size[ra] * size[rb]) {
        Groups.union(parent, ra, rb);
      }
    }
    for (int i = 0; i < n; i++) {
      assigned[i] = Groups.find(parent, assigned[i]);
    }
  }

  /** Which articles some other article chose as its centre. */
  private static boolean[] chosenCentres(int[] assigned) {
    boolean[] chosen = new boolean[assigned.length];
    for (int i = 0; i < assigned.length; i++) {
      if (assigned[i] != i) {
        chosen[assigned[i]] = true;
      }
    }
    return chosen;
  }

  /** Whether {@code article} is a member, or a centre some member chose. */
  private static boolean inACluster(int article, int[] assigned, boolean[] chosen) {
    return assigned[article] != article || chosen[article];
  }

  private static int other(WeightedEdge e, int article) {
    return e.a() == article ? e.b() : e.a();
  }
}
