package org.newskg.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.text.Token;
import org.newskg.text.Tokenizer;

/**
 * Names as token sequences, for longest-match lookup over a sentence's tokens. A name written in
 * upper case ("US", "PMF") matches only in upper case, so "us" and "Is" are not countries or
 * groups; other names match case-insensitively but must start with a capital in the text.
 */
public final class NameTrie {
  /** A match: the entry, how many tokens it spans, and the name as listed. */
  public record Hit(Entry entry, int length, String name) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Named> ends = new ArrayList<>(1);
  }

  private record Named(Entry entry, String name, boolean caseSensitive, String[] exact) {}

  private final Node root;

  private NameTrie(Node root) {
    this.root = root;
  }

  /** The longest name starting at token {@code start}, or null. */
  public Hit longestAt(List<Token> tokens, int start) {
    Node n = root;
    Hit best = null;
    for (int i = start; i < tokens.size(); i++) {
      n = n.next.get(tokens.get(i).lower());
      if (n == null) {
        break;
      }
      for (Named named : n.ends) {
        if (accepts(named, tokens, start, i + 1)) {
          best = new Hit(named.entry, i + 1 - start, named.name);
          break;
        }
      }
    }
    return best;
  }

  private static boolean accepts(Named named, List<Token> tokens, int start, int end) {
    if (named.caseSensitive) {
      for (int i = start; i < end; i++) {
        if (!tokens.get(i).text().equals(named.exact[i - start])) {
          return false;
        }
      }
      return true;
    }
    String first = tokens.get(start).text();
    return !Character.isLowerCase(first.codePointAt(0)) || Character.isLowerCase(named.name.codePointAt(0));
  }

  static final class Builder {
    private final Node root = new Node();

    void add(String name, Entry entry) {
      List<Token> toks = Tokenizer.tokenize(name, 0, name.length());
      if (toks.isEmpty()) {
        return;
      }
      Node n = root;
      for (Token t : toks) {
        n = n.next.computeIfAbsent(t.lower(), k -> new Node());
      }
      boolean upper = name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && name.length() <= 8;
      String[] exact = toks.stream().map(Token::text).toArray(String[]::new);
      for (Named existing : n.ends) {
        if (existing.entry.equals(entry)) {
          return;
        }
      }
      // Case-sensitive names first: "US" the country must win over nothing else at that node.
      Named named = new Named(entry, name, upper, exact);
      if (upper) {
        n.ends.add(0, named);
      } else {
        n.ends.add(named);
      }
    }

    NameTrie build() {
      return new NameTrie(root);
    }
  }
}
