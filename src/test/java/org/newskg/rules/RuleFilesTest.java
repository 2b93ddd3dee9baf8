package org.newskg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFilesTest {
  static final PatternContext CTX = new PatternContext(
      Set.of("attribution", "statement"),
      Map.of("attribution", Set.of("stance", "certainty", "priority")),
      Set.of("blame", "deny", "hedge", "neg", "say"),
      Set.of("ACTOR", "STRIKE", "LOCATION", "DATE", "QUOTE"));

  static final String GOOD = """
      # Blame: "X blamed Y for Z" and "X blamed Z on Y".
      rule: blame-for
      description: X blamed Y for Z — the blamer accuses Y of the strike.
      type: attribution
      stance: accuses
      pattern: @attributor:ACTOR []{0,4}? [%blame & !%neg]
               @perpetrator:ACTOR ( ("," | "and") @perpetrator:ACTOR )*
      # a comment between continuation lines does not end the value
               "for" []{0,6}? @strike:STRIKE
      example: Spokespeople for the groups have blamed the United States and Israel for the blasts.
      expect: attributor=spokespeople for the groups; perpetrator=United States;
              perpetrator=Israel ; stance=accuses
      example: Iran did not blame Israel for the strike.
      expect: nothing
      example: Iran blamed Israel for the strike.

      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsRulesParamsExamplesAndLines() throws IOException {
    Path a = write("a.rules", GOOD);
    Path b = write("sub/b.rules", "rule: say-verb\ndescription: X said\ntype: statement\nrole: source\n"
        + "pattern:\n  @speaker:ACTOR\n\t%say\n");
    write("gazetteer/actors.tsv", "not a rule file\n");
    write("notes.txt", "rule: ignored\n");
    write(".#a.rules", "an editor's lock file\n");

    List<Rule> rules = RuleFiles.load(dir, CTX);
    assertEquals(List.of("blame-for", "say-verb"), rules.stream().map(Rule::name).toList());

    Rule r = rules.get(0);
    assertEquals("X blamed Y for Z — the blamer accuses Y of the strike.", r.description());
    assertEquals("attribution", r.type());
    assertEquals(Map.of("stance", "accuses"), r.params());
    assertEquals("accuses", r.param("stance"));
    assertEquals("@attributor:ACTOR []{0,4}? [%blame & !%neg] @perpetrator:ACTOR ( (\",\" | \"and\")"
        + " @perpetrator:ACTOR )* \"for\" []{0,6}? @strike:STRIKE", r.source());
    assertEquals(List.of("attributor", "perpetrator", "strike"), r.pattern().captureNames());
    assertEquals(a, r.file());
    assertEquals(2, r.line());
    assertEquals(5, r.lineOf("stance"));
    assertEquals(6, r.lineOf("pattern"));
    assertEquals(2, r.lineOf("certainty"), "an absent key points at the stanza");

    assertEquals(3, r.examples().size());
    RuleExample first = r.examples().get(0);
    assertEquals("Spokespeople for the groups have blamed the United States and Israel for the blasts.", first.sentence());
    assertEquals(List.of(Map.entry("attributor", "spokespeople for the groups"), Map.entry("perpetrator", "United States"),
        Map.entry("perpetrator", "Israel"), Map.entry("stance", "accuses")), first.expected());
    assertEquals(List.of("United States", "Israel"), first.expected("perpetrator"));
    assertFalse(first.expectNothing());
    assertEquals(10, first.line());
    assertEquals(new RuleExample("Iran did not blame Israel for the strike.", List.of(), true, 13), r.examples().get(1));
    assertEquals(new RuleExample("Iran blamed Israel for the strike.", List.of(), false, 15), r.examples().get(2));

    Rule s = rules.get(1);
    assertEquals(b, s.file());
    assertEquals(Map.of("role", "source"), s.params(), "a type missing from paramKeys allows any key");
    assertEquals("@speaker:ACTOR %say", s.source());
    assertEquals("(seq (cap speaker (mention ACTOR)) (tok (class say)))", s.pattern().toString());
    assertEquals(List.of(), s.examples());
    assertEquals(b + ":4: rule say-verb: unknown role", s.error("role", "unknown role").getMessage());
  }

  @Test
  void permissiveLoadAcceptsAnyNames() throws IOException {
    write("a.rules", "rule: r\ndescription: d\ntype: whatever\nanything: goes\npattern: FOO %bar\n");
    Rule r = RuleFiles.load(dir).get(0);
    assertEquals("(seq (mention FOO) (tok (class bar)))", r.pattern().toString());
    assertEquals("goes", r.param("anything"));
  }

  @Test
  void emptyFolderHasNoRulesAndAMissingFolderIsAnError() {
    assertEquals(List.of(), RuleFiles.load(dir, CTX));
    RuleException e = assertThrows(RuleException.class, () -> RuleFiles.load(dir.resolve("nope"), CTX));
    assertEquals(dir.resolve("nope") + ": no such rules folder", e.getMessage());
  }

  private static final String HEAD = "rule: r1\ndescription: d\ntype: attribution\n";

  /** Writes {@code text} to a.rules and returns the load error, with the file path replaced by {f}. */
  private String error(String text) throws IOException {
    Path f = write("a.rules", text);
    RuleException e = assertThrows(RuleException.class, () -> RuleFiles.load(dir, CTX));
    return e.getMessage().replace(f.toString(), "{f}");
  }

  @Test
  void badFilesSayFileLineColumnAndRule() throws IOException {
    assertEquals("{f}:3: expected 'key: value' but found 'this is not a key' (keys are lower case;"
        + " a line continuing the previous value must start with a space)",
        error("rule: r1\ndescription: d\nthis is not a key\ntype: attribution\npattern: ACTOR\n"));
    assertEquals("{f}:1: rule r1: missing 'description:'", error("rule: r1\ntype: attribution\npattern: ACTOR\n"));
    assertEquals("{f}:5: rule r1: duplicate key 'stance' (first at line 4)",
        error(HEAD + "stance: accuses\nstance: denies\npattern: ACTOR\n"));
    assertEquals("{f}:5: rule r1: expect without an example before it",
        error(HEAD + "pattern: ACTOR\nexpect: a=b\n"));
    assertEquals("{f}:7: rule r1: second expect for the example of line 5 (put all pairs on one expect line)",
        error(HEAD + "pattern: ACTOR\nexample: Iran said.\nexpect: a=b\nexpect: c=d\n"));
    assertEquals("{f}:6: rule r1: bad expect 'attributor Iran': write key=value pairs separated by ;"
        + " (or the single word nothing)",
        error(HEAD + "pattern: ACTOR\nexample: Iran said.\nexpect: attributor Iran\n"));
    assertEquals("{f}:5:4: rule r1: unbalanced '(': no matching ')'", error(HEAD + "pattern: @a:ACTOR\n   ( %say\n"));
    assertEquals("{f}:6:12: rule r1: bad quantifier {3,1}: minimum 3 is greater than maximum 1",
        error(HEAD + "pattern: @a:ACTOR\n         %say\n         []{3,1}\n"));
    assertEquals("{f}:4:17: rule r1: unknown lexicon class %blam (known: blame, deny, hedge, neg, say)"
        + " — did you mean %blame?", error(HEAD + "pattern: ACTOR [%blam]\n"));
    assertEquals("{f}:4:10: rule r1: unknown mention type ACTR (known: ACTOR, DATE, LOCATION, QUOTE, STRIKE)"
        + " — did you mean ACTOR?", error(HEAD + "pattern: ACTR %say\n"));
    assertEquals("{f}:4:16: rule r1: bad regex /a(/: Unclosed group", error(HEAD + "pattern: [word=/a(/]\n"));
    assertEquals("{f}:4:9: rule r1: empty pattern", error(HEAD + "pattern:\n"));
    assertEquals("{f}:4:11: rule r1: bad capture name 'Who': use lower-case letters, digits and _,"
        + " starting with a letter or _ (like @attributor:ACTOR)", error(HEAD + "pattern: @Who:ACTOR\n"));
    assertEquals("{f}:3: rule r1: unknown type 'atribution' (known: attribution, statement) — did you mean attribution?",
        error("rule: r1\ndescription: d\ntype: atribution\npattern: ACTOR\n"));
    assertEquals("{f}:4: rule r1: unknown key 'stanse' for type attribution (known: certainty, priority, stance)"
        + " — did you mean stance?", error(HEAD + "stanse: accuses\npattern: ACTOR\n"));
    assertEquals("{f}:1: rule Blame_For: bad rule name: use lower-case letters, digits and -, starting with"
        + " a letter or digit", error("rule: Blame_For\ndescription: d\ntype: attribution\npattern: ACTOR\n"));
    assertEquals("{f}:2: stanza has no 'rule:' key (every stanza starts with rule: NAME)",
        error("# comment\ndescription: d\ntype: attribution\npattern: ACTOR\n"));
    assertEquals("{f}:1: indented line outside any key (a continuation line must follow a 'key: value' line)",
        error("  rule: r1\n"));
    assertEquals("{f}:1: rule r1: missing 'pattern:'", error(HEAD + "stance: accuses\n"));
  }

  @Test
  void duplicateNameAcrossFilesNamesBothPlaces() throws IOException {
    Path a = write("a.rules", HEAD + "pattern: ACTOR\n");
    Path b = write("b/c.rules", "# again\n\n" + HEAD + "pattern: STRIKE\n");
    RuleException e = assertThrows(RuleException.class, () -> RuleFiles.load(dir, CTX));
    assertEquals(b + ":3: rule r1: duplicate rule name (first defined at " + a + ":1)", e.getMessage());
  }

  @Test
  void everyProblemInEveryFileIsReportedInOrder() throws IOException {
    Path a = write("a.rules", HEAD + "pattern: ACTOR [%nope]\n\nrule: r2\ntype: attribution\npattern: ACTOR\n");
    Path b = write("b.rules", HEAD.replace("r1", "r3") + "pattern: ACTOR (\n");
    RuleException e = assertThrows(RuleException.class, () -> RuleFiles.load(dir, CTX));
    assertEquals(List.of(
        a + ":4:17: rule r1: unknown lexicon class %nope (known: blame, deny, hedge, neg, say)",
        a + ":6: rule r2: missing 'description:'",
        b + ":4:16: rule r3: unbalanced '(': no matching ')'"), e.errors());
    assertEquals(String.join("\n", e.errors()), e.getMessage());
  }

  @Test
  void windowsLineEndsAndByteOrderMarkAreHarmless() throws IOException {
    write("a.rules", "\uFEFFrule: r1\r\ndescription: d\r\ntype: attribution\r\npattern: ACTOR\r\n  %say\r\n");
    Rule r = RuleFiles.load(dir, CTX).get(0);
    assertEquals("r1", r.name());
    assertEquals("ACTOR %say", r.source());
    assertTrue(r.examples().isEmpty());
  }

  @Test
  void aSubPatternStandsForItsPatternInEveryFile() throws IOException {
    write("a.rules", """
        define: speaker
        description: who speaks, maybe after an apposition
        pattern: @attributor:ACTOR ( "," []{1,6}? "," )?

        rule: uses-it
        description: X blamed Y
        type: attribution
        pattern: <speaker> [%blame] @perpetrator:ACTOR "<" '<speaker>'
        """);
    write("b.rules", "rule: other-file\ndescription: d\ntype: statement\npattern: <speaker> %say\n");
    List<Rule> rules = RuleFiles.load(dir, CTX);
    assertEquals(List.of("uses-it", "other-file"), rules.stream().map(Rule::name).toList());
    Rule r = rules.get(0);
    assertTrue(r.pattern().captureNames().contains("attributor"), r.pattern().captureNames().toString());
    assertTrue(r.pattern().source().startsWith("( @attributor:ACTOR"), r.pattern().source());
    assertTrue(r.pattern().source().endsWith("\"<\" '<speaker>'"), "quoted words are not references: " + r.pattern().source());
  }

  @Test
  void anUnknownOrBrokenSubPatternIsRefusedWhereItIsWritten() throws IOException {
    Path a = write("a.rules", """
        define: broken
        description: a bracket left open
        pattern: ( @x:ACTOR

        define: fine
        pattern: ACTOR

        define: fine
        pattern: STRIKE

        rule: uses-unknown
        description: d
        type: statement
        pattern: ACTOR <nope> %say
        """);
    RuleException e = assertThrows(RuleException.class, () -> RuleFiles.load(dir, CTX));
    String m = e.getMessage();
    assertTrue(m.contains(a + ":3:"), "a broken definition is reported at its own line: " + m);
    assertTrue(m.contains(a + ":8: define fine: defined twice (first at " + a + ":5)"), m);
    assertTrue(m.contains(a + ":14:16: rule uses-unknown: unknown sub-pattern <nope>"), m);
  }
}
