package dev.neardup.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {
  @Test
  void mapNonNullKeepsTheResultsInTaskOrderAcrossSlicesWhateverTheThreads() {
    int count = 200_003; // several slices and a partial last one
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i % 7 == 3) {
        expected.add(i);
      }
    }
    for (int threads : new int[] {1, 2, 5}) {
      assertEquals(expected, ParallelTasks.mapNonNull(threads, count, i -> i % 7 == 3 ? i : null));
    }
  }

  @Test
  void mapNonNullOfNoTasksIsEmptyAndItsResultCannotBeChanged() {
    assertEquals(List.of(), ParallelTasks.mapNonNull(2, 0, i -> i));
    List<Integer> some = ParallelTasks.mapNonNull(2, 3, i -> i);
    assertEquals(List.of(0, 1, 2), some);
    assertThrows(UnsupportedOperationException.class, () -> some.add(3));
  }
}
