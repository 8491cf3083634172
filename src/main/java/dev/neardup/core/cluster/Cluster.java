package dev.neardup.core.cluster;

import dev.neardup.core.verify.PairScores;
import java.util.List;

/**
 * A group of articles judged to be versions of one story.
 *
 * @param representative id of the fullest version (most tokens; ties by smaller id)
 * @param members all members, the representative first, then by token count descending and id
 */
public record Cluster(String representative, List<Member> members) {
  public Cluster {
    members = List.copyOf(members);
    if (members.isEmpty() || !members.get(0).id().equals(representative)) {
      throw new IllegalArgumentException(
          "cluster must list its representative first: " + representative);
    }
  }

  public int size() {
    return members.size();
  }

  /**
   * One member of a cluster.
   *
   * @param id article id
   * @param tokens token count after normalisation
   * @param scores exact scores of this member (A) against the representative (B); for the
   *     representative itself, against itself
   * @param via for a member whose score against the representative is under the threshold, the
   *     member of the cluster it scores highest against (it joined through that one, or through
   *     most of its cluster); null otherwise
   */
  public record Member(String id, int tokens, PairScores scores, Link via) {
    /** A member verified against the representative. */
    public Member(String id, int tokens, PairScores scores) {
      this(id, tokens, scores, null);
    }
  }

  /**
   * The verified pair through which a member is in its cluster.
   *
   * @param id the other member's id
   * @param score the pair's score
   */
  public record Link(String id, double score) {}
}
