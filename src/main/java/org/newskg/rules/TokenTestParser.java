package org.newskg.rules;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses the inside of {@code [ ... ]}: word=, lower=, %class, cap, punct, upper with & | ! ( ). */
final class TokenTestParser {
  private static final String KNOWN_TESTS = "word=, lower=, %class, cap, punct, upper";

  private final PatternCursor in;
  private final PatternContext ctx;

  TokenTestParser(PatternCursor in, PatternContext ctx) {
    this.in = in;
    this.ctx = ctx;
  }

  /** Parses from the '[' through the matching ']'. */
  TokenTest parseBracket() {
    int open = in.pos;
    in.pos++;
    in.skipSpace();
    if (in.peek() == ']') {
      in.pos++;
      return new TokenTest.Any();
    }
    TokenTest t = parseOr(open);
    in.skipSpace();
    if (in.peek() == ']') {
      in.pos++;
      return t;
    }
    if (in.atEnd()) {
      throw in.error(open, "unbalanced '[': no matching ']'");
    }
    throw in.error(in.pos, "unexpected '" + in.peek() + "' in token test (expected &, | or ])");
  }

  private TokenTest parseOr(int open) {
    TokenTest left = parseAnd(open);
    for (in.skipSpace(); in.peek() == '|'; in.skipSpace()) {
      in.pos++;
      left = new TokenTest.Or(left, parseAnd(open));
    }
    return left;
  }

  private TokenTest parseAnd(int open) {
    TokenTest left = parseUnary(open);
    for (in.skipSpace(); in.peek() == '&'; in.skipSpace()) {
      in.pos++;
      left = new TokenTest.And(left, parseUnary(open));
    }
    return left;
  }

  private TokenTest parseUnary(int open) {
    in.skipSpace();
    int at = in.pos;
    char c = in.peek();
    if (c == '!') {
      in.pos++;
      return new TokenTest.Not(parseUnary(open));
    }
    if (c == '(') {
      in.pos++;
      TokenTest inner = parseOr(open);
      in.skipSpace();
      if (in.peek() != ')') {
        throw in.error(at, "unbalanced '(' in token test: no matching ')'");
      }
      in.pos++;
      return inner;
    }
    if (c == '%') {
      return new TokenTest.HasClass(PatternParser.lexiconClass(in, ctx));
    }
    if (c >= 'a' && c <= 'z') {
      String name = in.readWhile(Character::isLetter);
      switch (name) {
        case "cap":
          return TokenTest.Shape.CAP;
        case "punct":
          return TokenTest.Shape.PUNCT;
        case "upper":
          return TokenTest.Shape.UPPER;
        case "word":
        case "lower":
          return comparison(name.equals("lower"), at);
        default:
          throw in.error(at, "unknown token test '" + name + "' (known: " + KNOWN_TESTS + ")");
      }
    }
    if (c >= 'A' && c <= 'Z') {
      String name = in.readWhile(PatternCursor::isUpperIdent);
      throw in.error(at, "a mention type like " + name + " cannot go inside [ ]: write it outside the brackets");
    }
    if (in.atEnd()) {
      throw in.error(open, "unbalanced '[': no matching ']'");
    }
    throw in.error(at, "expected a token test (" + KNOWN_TESTS + ") but found '" + c + "'");
  }

  private TokenTest comparison(boolean lower, int at) {
    String key = lower ? "lower" : "word";
    in.skipSpace();
    if (in.peek() != '=') {
      throw in.error(in.pos, "expected '=' after " + key);
    }
    in.pos++;
    in.skipSpace();
    int valueAt = in.pos;
    char c = in.peek();
    if (c == '/') {
      return TokenTest.Matches.of(lower, regex(key));
    }
    String value;
    if (c == '"' || c == '\'') {
      value = in.readQuoted();
    } else {
      value = in.readWhile(ch -> !Character.isWhitespace(ch) && "&|)]".indexOf(ch) < 0);
    }
    if (value.isEmpty()) {
      throw in.error(valueAt, "missing value after " + key + "=");
    }
    return new TokenTest.Equals(lower, lower ? Fold.lower(value) : value);
  }

  /** Reads /regex/; a backslash before '/' escapes it, every other backslash is kept for the regex. */
  private Pattern regex(String key) {
    int open = in.pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (in.atEnd()) {
        throw in.error(open, "unterminated regex after " + key + "=: no closing /");
      }
      char c = in.src.charAt(in.pos++);
      if (c == '/') {
        break;
      }
      if (c == '\\' && in.peek() == '/') {
        c = '/';
        in.pos++;
      } else if (c == '\\' && !in.atEnd()) {
        b.append(c);
        c = in.src.charAt(in.pos++);
      }
      b.append(c);
    }
    if (b.length() == 0) {
      throw in.error(open, "empty regex after " + key + "=");
    }
    try {
      return Pattern.compile(b.toString());
    } catch (PatternSyntaxException e) {
      throw in.error(open, "bad regex /" + b + "/: " + e.getDescription());
    }
  }
}
