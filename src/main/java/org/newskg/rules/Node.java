package org.newskg.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The parsed pattern before compilation: a small regular-expression tree over tokens. */
sealed interface Node {
  /** Fewest tokens any match of this node consumes. */
  int minLength();

  /** A sequence; never holds a nested Seq. */
  record Seq(List<Node> items) implements Node {
    public Seq {
      items = List.copyOf(items);
    }

    @Override
    public int minLength() {
      int n = 0;
      for (Node i : items) {
        n += i.minLength();
      }
      return n;
    }

    @Override
    public String toString() {
      return items.isEmpty() ? "(seq)" : "(seq " + join(items) + ")";
    }
  }

  /** Alternatives, left preferred; never holds a nested Alt. */
  record Alt(List<Node> options) implements Node {
    public Alt {
      options = List.copyOf(options);
    }

    @Override
    public int minLength() {
      int n = Integer.MAX_VALUE;
      for (Node o : options) {
        n = Math.min(n, o.minLength());
      }
      return n;
    }

    @Override
    public String toString() {
      return "(or " + join(options) + ")";
    }
  }

  /** {@code body{min,max}}; max = {@link #UNBOUNDED} for {@code *}, {@code +}, {@code {m,}}. */
  record Repeat(Node body, int min, int max, boolean lazy) implements Node {
    static final int UNBOUNDED = -1;

    @Override
    public int minLength() {
      return min * body.minLength();
    }

    @Override
    public String toString() {
      return "(repeat " + min + " " + (max == UNBOUNDED ? "*" : Integer.toString(max))
          + (lazy ? " lazy " : " ") + body + ")";
    }
  }

  record Capture(String name, Node body) implements Node {
    @Override
    public int minLength() {
      return body.minLength();
    }

    @Override
    public String toString() {
      return "(cap " + name + " " + body + ")";
    }
  }

  /** A quoted literal: one token per word, compared with {@code Token.lower}. */
  record Literal(List<String> words) implements Node {
    public Literal {
      words = List.copyOf(words);
    }

    @Override
    public int minLength() {
      return words.size();
    }

    @Override
    public String toString() {
      return "(lit " + words.stream().map(SExpr::quote).collect(Collectors.joining(" ")) + ")";
    }
  }

  record Tok(TokenTest test) implements Node {
    @Override
    public int minLength() {
      return 1;
    }

    @Override
    public String toString() {
      return test instanceof TokenTest.Any ? "any" : "(tok " + test + ")";
    }
  }

  /** One mention of {@code type}; kinds in {@code include} (if any) and not in {@code exclude}. */
  record MentionAtom(String type, List<String> include, List<String> exclude) implements Node {
    public MentionAtom {
      include = List.copyOf(include);
      exclude = List.copyOf(exclude);
    }

    @Override
    public int minLength() {
      return 1;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("(mention ").append(type);
      if (!include.isEmpty()) {
        b.append(" (kind ").append(String.join(" ", include)).append(')');
      }
      if (!exclude.isEmpty()) {
        b.append(" (not-kind ").append(String.join(" ", exclude)).append(')');
      }
      return b.append(')').toString();
    }
  }

  /** {@code ^} (start of sentence) or {@code $} (end). */
  record Anchor(boolean start) implements Node {
    @Override
    public int minLength() {
      return 0;
    }

    @Override
    public String toString() {
      return start ? "start" : "end";
    }
  }

  private static String join(List<Node> nodes) {
    return nodes.stream().map(Node::toString).collect(Collectors.joining(" "));
  }
}
