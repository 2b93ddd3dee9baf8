package org.newskg.validate;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a validation found.
 *
 * @param graphs how many graphs were checked
 * @param violations every violation, sorted by article, node, property and message
 */
public record Report(int graphs, List<Violation> violations) {
  public Report {
    violations = List.copyOf(violations);
  }

  public boolean conforms() {
    return violations.isEmpty();
  }

  public int count() {
    return violations.size();
  }

  /** One line per violation, then a line with the count. */
  public void print(PrintWriter out) {
    violations.forEach(out::println);
    out.println(summary());
  }

  /** "2 violations in 5 graphs" or "conforms: 5 graphs, no violations". */
  public String summary() {
    String g = graphs + (graphs == 1 ? " graph" : " graphs");
    if (conforms()) {
      return "conforms: " + g + ", no violations";
    }
    return count() + (count() == 1 ? " violation" : " violations") + " in " + g;
  }
}
