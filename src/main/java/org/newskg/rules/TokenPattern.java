package org.newskg.rules;

import java.util.Arrays;
import java.util.List;
import org.newskg.text.AnnotatedSentence;

/**
 * A compiled token pattern (see rules/README.md for the language). Immutable and thread-safe:
 * compile once, then call {@link #matcher} for each sentence from any thread.
 *
 * <pre>{@code
 * TokenPattern p = TokenPattern.compile("@who:ACTOR %say", ctx);
 * for (Match m : p.matcher(sentence).findAll()) {
 *   Capture who = m.capture("who");
 * }
 * }</pre>
 */
public final class TokenPattern {
  /** Steps one start position may take before it is abandoned as a runaway backtrack. */
  public static final int DEFAULT_STEP_BUDGET = 50_000;

  private final String source;
  private final Node root;
  private final List<String> captureNames;
  private final Inst[] code;
  private final int slots;
  private final Requirements requirements;
  private final StartFilter starts;
  private final boolean usesMentions;
  private final int stepBudget;

  private TokenPattern(String source, PatternParser.Parsed parsed, int stepBudget) {
    this.source = source;
    this.root = parsed.root();
    this.captureNames = parsed.captureNames();
    Compiler.Program program = Compiler.compile(root, captureNames);
    this.code = program.code();
    this.slots = program.slots();
    this.requirements = Requirements.of(root);
    this.starts = StartFilter.of(root);
    this.usesMentions = Arrays.stream(code).anyMatch(i -> i.op == Inst.MENTION);
    this.stepBudget = stepBudget;
  }

  /**
   * Compiles {@code source}, checking lexicon classes and mention types against {@code ctx}.
   *
   * @throws RuleException "column N: what is wrong" (1-based column in {@code source})
   */
  public static TokenPattern compile(String source, PatternContext ctx) {
    try {
      return compileOrThrow(source, ctx);
    } catch (PatternSyntaxError e) {
      throw new RuleException("column " + (e.offset() + 1) + ": " + e.getMessage());
    }
  }

  /** Compiles with {@link PatternContext#permissive()}: any class, any upper-case mention type. */
  public static TokenPattern compile(String source) {
    return compile(source, PatternContext.permissive());
  }

  /** For the rule reader, which needs the offset to report a column in the file. */
  static TokenPattern compileOrThrow(String source, PatternContext ctx) {
    return new TokenPattern(source, PatternParser.parse(source, ctx), DEFAULT_STEP_BUDGET);
  }

  /** The same pattern with another step budget (tests use a small one). */
  TokenPattern withStepBudget(int budget) {
    return new TokenPattern(source, PatternParser.parse(source, PatternContext.permissive()), budget);
  }

  public String source() {
    return source;
  }

  /** Capture names in the order they first appear in the pattern. */
  public List<String> captureNames() {
    return captureNames;
  }

  /**
   * False when the sentence lacks a word, lexicon class or mention type that every match needs (or
   * is too short): then no start position can match. True does not promise a match.
   */
  public boolean couldMatch(AnnotatedSentence sentence) {
    return requirements.admits(sentence);
  }

  /** A matcher over one sentence; cheap to create, not thread-safe (use one per thread). */
  public PatternMatcher matcher(AnnotatedSentence sentence) {
    return new PatternMatcher(this, sentence);
  }

  Inst[] code() {
    return code;
  }

  int slots() {
    return slots;
  }

  int stepBudget() {
    return stepBudget;
  }

  boolean usesMentions() {
    return usesMentions;
  }

  StartFilter starts() {
    return starts;
  }

  /** The compiled pattern as an s-expression, e.g. {@code (seq (cap who (mention ACTOR)) (tok (class say)))}. */
  @Override
  public String toString() {
    return root.toString();
  }
}
