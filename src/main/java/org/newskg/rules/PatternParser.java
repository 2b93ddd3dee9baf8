package org.newskg.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pattern source → {@link Node} tree, checking names against a {@link PatternContext}. Errors carry
 * the offset of the offending character so the rule reader can turn it into a file column.
 */
final class PatternParser {
  /** Counted repetitions are expanded into copies, so their counts are kept small. */
  static final int MAX_COUNT = 100;

  private final PatternCursor in;
  private final PatternContext ctx;
  private final Set<String> captureNames = new LinkedHashSet<>();

  private PatternParser(String source, PatternContext ctx) {
    this.in = new PatternCursor(source);
    this.ctx = ctx;
  }

  record Parsed(Node root, List<String> captureNames) {}

  static Parsed parse(String source, PatternContext ctx) {
    PatternParser p = new PatternParser(source, ctx);
    return new Parsed(p.parseAll(), List.copyOf(p.captureNames));
  }

  private Node parseAll() {
    in.skipSpace();
    if (in.atEnd()) {
      throw in.error(in.pos, "empty pattern");
    }
    Node root = parseAlt();
    in.skipSpace();
    if (!in.atEnd()) {
      // parseSeq stops only at ')' or '|'; '|' is consumed by parseAlt, so this is a stray ')'.
      throw in.error(in.pos, "unbalanced ')': no '(' before it");
    }
    return root;
  }

  private Node parseAlt() {
    List<Node> options = new ArrayList<>();
    addFlat(options, parseSeq(), Node.Alt.class);
    while (in.peek() == '|') {
      in.pos++;
      addFlat(options, parseSeq(), Node.Alt.class);
    }
    return options.size() == 1 ? options.get(0) : new Node.Alt(options);
  }

  private Node parseSeq() {
    List<Node> items = new ArrayList<>();
    while (true) {
      in.skipSpace();
      char c = in.peek();
      if (in.atEnd() || c == ')' || c == '|') {
        break;
      }
      addFlat(items, parseQuantified(), Node.Seq.class);
    }
    return items.size() == 1 ? items.get(0) : new Node.Seq(items);
  }

  private static void addFlat(List<Node> out, Node n, Class<? extends Node> kind) {
    if (kind == Node.Seq.class && n instanceof Node.Seq s) {
      out.addAll(s.items());
    } else if (kind == Node.Alt.class && n instanceof Node.Alt a) {
      out.addAll(a.options());
    } else {
      out.add(n);
    }
  }

  private Node parseQuantified() {
    int at = in.pos;
    Node atom = parsePrefixed();
    char c = in.peek();
    if (c != '?' && c != '*' && c != '+' && c != '{') {
      noSpacedQuantifier();
      return atom;
    }
    if (atom instanceof Node.Anchor && in.src.charAt(at) != '(') {
      // Almost surely a slip; in parentheses, (^)? is allowed as java.util.regex allows it.
      throw in.error(in.pos, "nothing to repeat: " + in.src.charAt(at) + " matches no token");
    }
    int qAt = in.pos;
    int min;
    int max;
    in.pos++;
    switch (c) {
      case '?':
        min = 0;
        max = 1;
        break;
      case '*':
        min = 0;
        max = Node.Repeat.UNBOUNDED;
        break;
      case '+':
        min = 1;
        max = Node.Repeat.UNBOUNDED;
        break;
      default:
        int[] range = counts(qAt);
        min = range[0];
        max = range[1];
    }
    boolean lazy = false;
    if (in.peek() == '?') {
      lazy = true;
      in.pos++;
    }
    char more = in.peek();
    if (more == '?' || more == '*' || more == '+' || more == '{') {
      throw in.error(in.pos, "two quantifiers in a row: put the element in ( ) to repeat it again");
    }
    noSpacedQuantifier();
    return new Node.Repeat(atom, min, max, lazy);
  }

  /** "ACTOR *" reads as a quantifier set apart by mistake; say so rather than "nothing to repeat". */
  private void noSpacedQuantifier() {
    int after = in.pos;
    in.skipSpace();
    char next = in.peek();
    if (in.pos > after && (next == '?' || next == '*' || next == '+')) {
      throw in.error(in.pos, "a quantifier must follow its element directly, without a space");
    }
    in.pos = after;
  }

  /** Parses {n}, {m,n}, {,n}, {m,} from the '{' at {@code open}. */
  private int[] counts(int open) {
    int close = in.src.indexOf('}', open);
    if (close < 0) {
      throw in.error(open, "unbalanced '{': no matching '}'");
    }
    String body = in.src.substring(open + 1, close);
    String shown = "{" + body + "}";
    if (!body.matches("\\d*(,\\d*)?") || body.isEmpty() || body.equals(",")) {
      throw in.error(open, "bad quantifier " + shown + ": expected {n}, {m,n}, {,n} or {m,}");
    }
    in.pos = close + 1;
    int comma = body.indexOf(',');
    int min;
    int max;
    try {
      if (comma < 0) {
        min = Integer.parseInt(body);
        max = min;
      } else {
        String lo = body.substring(0, comma);
        String hi = body.substring(comma + 1);
        min = lo.isEmpty() ? 0 : Integer.parseInt(lo);
        max = hi.isEmpty() ? Node.Repeat.UNBOUNDED : Integer.parseInt(hi);
      }
    } catch (NumberFormatException e) {
      throw in.error(open, "bad quantifier " + shown + ": count too large (at most " + MAX_COUNT + ")");
    }
    if (max != Node.Repeat.UNBOUNDED && min > max) {
      throw in.error(open, "bad quantifier " + shown + ": minimum " + min + " is greater than maximum " + max);
    }
    if (min > MAX_COUNT || max > MAX_COUNT) {
      throw in.error(open, "bad quantifier " + shown + ": count too large (at most " + MAX_COUNT
          + "; use * or + for no limit)");
    }
    return new int[] {min, max};
  }

  private Node parsePrefixed() {
    if (in.peek() != '@') {
      return parseAtom();
    }
    in.pos++;
    int nameAt = in.pos;
    String name = in.readWhile(ch -> PatternCursor.isLowerIdent(ch) || Character.isLetterOrDigit(ch));
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw in.error(nameAt, "bad capture name '" + name + "': use lower-case letters, digits and _,"
          + " starting with a letter or _ (like @attributor:ACTOR)");
    }
    if (in.peek() != ':') {
      throw in.error(in.pos, "expected ':' after @" + name + " (like @" + name + ":ACTOR)");
    }
    in.pos++;
    char c = in.peek();
    if (in.atEnd() || Character.isWhitespace(c)) {
      throw in.error(in.pos, "nothing to capture after @" + name + ": (no space allowed after the colon)");
    }
    Node atom = parseAtom();
    captureNames.add(name);
    return new Node.Capture(name, atom);
  }

  private Node parseAtom() {
    int at = in.pos;
    char c = in.peek();
    switch (c) {
      case '"':
      case '\'':
        return literal(at);
      case '[':
        return new Node.Tok(new TokenTestParser(in, ctx).parseBracket());
      case '%':
        return new Node.Tok(new TokenTest.HasClass(lexiconClass(in, ctx)));
      case '(':
        in.pos++;
        Node inner = parseAlt();
        if (in.peek() != ')') {
          throw in.error(at, "unbalanced '(': no matching ')'");
        }
        in.pos++;
        return inner;
      case '^':
      case '$':
        in.pos++;
        return new Node.Anchor(c == '^');
      case '?':
      case '*':
      case '+':
      case '{':
        throw in.error(at, "nothing to repeat: quantifier " + c + " has no element before it");
      case ']':
        throw in.error(at, "unbalanced ']': no '[' before it");
      case '#':
        throw in.error(at, "unexpected '#': comments are not allowed inside a pattern (put them on a line of their own)");
      default:
        break;
    }
    if (c >= 'A' && c <= 'Z') {
      return mention(at);
    }
    if (Character.isLetter(c)) {
      String word = in.readWhile(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-');
      throw in.error(at, "bare word '" + word + "': quote literal words (\"" + word
          + "\"), or write %" + word + " for a lexicon class");
    }
    if (PatternCursor.isTypographicQuote(c)) {
      throw in.error(at, "typographic quote " + c + ": quote literals with straight quotes \" or '");
    }
    throw in.error(at, "unexpected character '" + c + "'");
  }

  private Node literal(int at) {
    String text = in.readQuoted();
    String folded = Fold.lower(text).strip();
    if (folded.isEmpty()) {
      throw in.error(at, "empty literal");
    }
    return new Node.Literal(List.of(folded.split("\\s+")));
  }

  private Node mention(int at) {
    String type = in.readWhile(PatternCursor::isUpperIdent);
    Set<String> known = ctx.mentionTypes();
    if (known != null && !known.contains(type)) {
      throw in.error(at, "unknown mention type " + type + Known.hint("", type, known));
    }
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    if (in.peek() == '(') {
      int open = in.pos++;
      while (true) {
        in.skipSpace();
        int kindAt = in.pos;
        boolean not = in.peek() == '!';
        if (not) {
          in.pos++;
        }
        String kind = in.readWhile(PatternCursor::isLowerIdent);
        if (kind.isEmpty() || !Character.isLetter(kind.charAt(0)) && kind.charAt(0) != '_') {
          if (in.atEnd()) {
            throw in.error(open, "unbalanced '(' after " + type + ": no matching ')'");
          }
          throw in.error(kindAt, "expected a lower-case kind name in " + type + "( ... ) like "
              + type + "(country) or " + type + "(!person)");
        }
        (not ? exclude : include).add(kind);
        in.skipSpace();
        if (in.peek() == ',') {
          in.pos++;
        } else if (in.peek() == ')') {
          in.pos++;
          break;
        } else if (in.atEnd()) {
          throw in.error(open, "unbalanced '(' after " + type + ": no matching ')'");
        } else {
          throw in.error(in.pos, "expected ',' or ')' in the kinds of " + type);
        }
      }
    }
    return new Node.MentionAtom(type, include, exclude);
  }

  /** Reads %name at the cursor and checks it against the context. */
  static String lexiconClass(PatternCursor in, PatternContext ctx) {
    int at = in.pos++;
    String name = in.readWhile(ch -> PatternCursor.isLowerIdent(ch) || ch == '-');
    if (name.isEmpty()) {
      throw in.error(at, "expected a lexicon class name after % (like %say)");
    }
    Set<String> known = ctx.lexiconClasses();
    if (known != null && !known.contains(name)) {
      throw in.error(at, "unknown lexicon class %" + name + Known.hint("%", name, known));
    }
    return name;
  }
}
