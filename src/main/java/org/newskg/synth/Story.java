package org.newskg.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One synthetic article: a strike somewhere, who blamed whom, who denied, who claimed it, what they
 * said in quotes, and the background a wire story carries. All choices come from the one random
 * source, so the same source state gives the same article.
 */
final class Story {
  /** Kinds of strike: the phrase, and the noun a later sentence uses for it. */
  private static final List<String[]> KINDS =
      List.of(
          new String[] {"airstrike", "strike"},
          new String[] {"air strike", "strike"},
          new String[] {"drone strike", "strike"},
          new String[] {"drone attack", "attack"},
          new String[] {"rocket attack", "attack"},
          new String[] {"missile strike", "strike"},
          new String[] {"bombing", "bombing"},
          new String[] {"car bombing", "bombing"},
          new String[] {"mortar attack", "attack"},
          new String[] {"artillery strike", "strike"});

  private static final List<String> TARGETS =
      List.of(
          "weapons depot",
          "military base",
          "air base",
          "ammunition store",
          "militia headquarters",
          "convoy",
          "checkpoint",
          "training camp",
          "fuel depot",
          "radar station",
          "port facility",
          "police station",
          "power station",
          "border crossing",
          "drone workshop",
          "arms shipment",
          "command centre",
          "rocket launch site",
          "barracks",
          "supply warehouse");
  private static final List<String> DIRECTIONS =
      List.of(
          "north of", "south of", "east of", "west of", "near", "outside", "on the outskirts of");
  private static final List<String> WITNESSES =
      List.of(
          "local officials",
          "security sources",
          "a local police officer",
          "residents",
          "medical sources",
          "a provincial official",
          "the civil defence agency");
  private static final List<String> CHANNELS =
      List.of("Telegram", "its website", "social media", "its affiliated news agency");
  private static final List<String> PROVOCATIONS =
      List.of(
          "attacks on its positions",
          "the killing of its commanders",
          "the occupation",
          "repeated raids on its territory",
          "the bombing of civilian areas");
  private static final List<String> CONSEQUENCES =
      List.of(
          "killed {killed} people",
          "has raised fears of a wider conflict",
          "destroyed large stocks of ammunition",
          "drew condemnation from across the region",
          "came days after a visit by senior military officials");
  private static final List<String> STATE_OFFICES =
      List.of("Foreign Minister", "Defence Minister", "military spokesman", "government spokesman");
  private static final List<String> ORDINALS =
      List.of("second", "third", "fourth", "fifth", "sixth");
  private static final List<String> FALLBACK_OUTLETS =
      List.of("Reuters", "Associated Press", "AFP", "Al Jazeera", "BBC", "Middle East Eye");
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_.]+)\\}");
  private static final LocalDate EPOCH = LocalDate.of(2012, 1, 1);
  private static final int MIN_SENTENCES = 5;
  private static final int MAX_SENTENCES = 20;

  private final Cast cast;
  private final Names names;
  private final SplittableRandom r;
  private final Map<String, String> slots = new HashMap<>();
  private final List<Unit> units = new ArrayList<>();
  private final Country host;
  private final Actor perp;
  private final Actor accuser;
  private final Actor third;
  private final String outlet;
  private final LocalDate day;
  private final String[] kind;
  private final List<GoldFact> facts = new ArrayList<>();
  private final List<GoldQuote> quotes = new ArrayList<>();

  /** Families of attribution sentences and the stance each expresses. */
  private enum Family {
    ASSERTS(Phrases.ASSERTS, "asserts"),
    SUSPECTS(Phrases.SUSPECTS, "suspects"),
    ACCUSES(Phrases.ACCUSES, "accuses"),
    CLAIMS(Phrases.CLAIMS, "claims_responsibility"),
    DENIES(Phrases.DENIES, "denies"),
    DENIES_OTHER(Phrases.DENIES_OTHER, "denies"),
    NEITHER(Phrases.NEITHER, "neither_confirms_nor_denies"),
    REJECTS(Phrases.REJECTS, "rejects_accusation");

    final List<String> templates;
    final String stance;

    Family(List<String> templates, String stance) {
      this.templates = templates;
      this.stance = stance;
    }
  }

  private static final Pattern POSSIBLE = Pattern.compile("\\b(may|possibly|could)\\b");

  Story(Cast cast, Names names, SplittableRandom r) {
    this.cast = cast;
    this.names = names;
    this.r = r;
    this.host = pick(cast.battlegrounds, true);
    this.perp = choosePerpetrator();
    this.accuser = chooseAccuser();
    this.third = Actor.of(otherCountry(host, perp.country()));
    this.outlet =
        cast.media.isEmpty() ? pick(FALLBACK_OUTLETS, false) : pick(cast.media, true).label();
    this.day = EPOCH.plusDays(r.nextInt(14 * 365));
    this.kind = pick(KINDS, false);
    fillStorySlots();
  }

  /** The article: title, date line, paragraphs; 5 to 20 sentences, about 2 to 4 KB. */
  String text() {
    plot();
    int target = 2400 + r.nextInt(2000);
    if (r.nextInt(8) == 0) {
      // A shorter piece: the strike, who was blamed, the answer, and less around them.
      units.subList(Math.min(units.size(), 3 + r.nextInt(2)), units.size()).clear();
      target = 1500;
    }
    List<String> background = new ArrayList<>(Phrases.BACKGROUND);
    int voices = 0;
    int context = 0;
    while (sentences() < MAX_SENTENCES && (bytes() < target || sentences() < MIN_SENTENCES)) {
      if (voices < 5 && (r.nextInt(2) == 0 || context >= 8)) {
        Unit voice = extraVoice();
        voices++;
        // A voice that would overflow the article is left unsaid; background may still fit.
        if (sentences() + voice.sentenceCount() <= MAX_SENTENCES) {
          units.add(voice);
        }
      } else if (context < 8) {
        String t = background.remove(r.nextInt(background.size()));
        // After the lead, anywhere: background sits between statements in real copy too.
        units.add(1 + r.nextInt(units.size()), Unit.of(fill(t)));
        context++;
      } else {
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(title()).append("\n\n").append(dateLine()).append("\n\n");
    List<String> paragraph = new ArrayList<>();
    boolean first = true;
    for (Unit u : units) {
      facts.addAll(u.facts());
      quotes.addAll(u.quotes());
    }
    for (int i = 0; i < units.size(); i++) {
      paragraph.addAll(units.get(i).sentences());
      boolean last = i == units.size() - 1;
      if (last || paragraph.size() >= 3 || r.nextInt(3) > 0) {
        String p = String.join(" ", paragraph);
        out.append(first ? dateline() + p : p).append("\n\n");
        first = false;
        paragraph.clear();
      }
    }
    int end = r.nextInt(10);
    if (end < 3) {
      out.append("Source: ").append(outlet).append('\n');
    } else if (end < 5) {
      out.append("Reporting by ")
          .append(names.reporter(r))
          .append("; editing by ")
          .append(names.reporter(r))
          .append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** The attributions written into the article, for a gold file; valid after {@link #text}. */
  List<GoldFact> facts() {
    return facts;
  }

  /** The direct quotations written into the article; valid after {@link #text}. */
  List<GoldQuote> quotes() {
    return quotes;
  }

  private void plot() {
    units.add(Unit.of(fill(pick(Phrases.LEADS, false))));
    // The main attribution: the accuser blames, or a third party asserts or suspects.
    int main = r.nextInt(10);
    boolean accused = main < 5;
    if (accused) {
      units.add(statement(Family.ACCUSES, speaker(accuser), perp));
    } else if (main < 7) {
      units.add(statement(Family.ASSERTS, speaker(third), perp));
    } else {
      units.add(statement(Family.SUSPECTS, speaker(third), perp));
    }
    if (r.nextInt(2) == 0) {
      units.add(
          accused
              ? quote(speaker(accuser), Phrases.QUOTES_ACCUSE, "accuses")
              : quote(speaker(third), Phrases.QUOTES_NEUTRAL, null));
    }
    if (r.nextInt(10) < 3) {
      Actor second = accused ? third : accuser;
      units.add(statement(Family.ACCUSES, speaker(second), perp));
    }
    answer(accused);
    // More voices, hedged or outright.
    if (r.nextInt(10) < 6) {
      Actor other = Actor.of(otherCountry(host, third.country()));
      units.add(
          statement(r.nextInt(2) == 0 ? Family.SUSPECTS : Family.ASSERTS, speaker(other), perp));
    }
    if (r.nextInt(3) == 0) {
      units.add(statement(Family.SUSPECTS, speaker(third), perp));
    }
    if (r.nextInt(10) < 3) {
      units.add(history());
    }
    if (r.nextInt(10) < 2) {
      units.add(investigation());
    }
  }

  /** What the perpetrator says: claims it, denies it, rejects the accusation, or neither. */
  private void answer(boolean accused) {
    int answer = r.nextInt(10);
    if (!perp.isState() && answer < 4) {
      units.add(statement(Family.CLAIMS, null, perp));
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_CLAIM, "claims_responsibility"));
      }
    } else if (answer < 8) {
      Unit deny = statement(Family.DENIES, speaker(perp), perp);
      if (accused && r.nextInt(2) == 0) {
        deny = deny.plus(statement(Family.REJECTS, speaker(perp), perp));
      }
      units.add(deny);
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_DENY, "denies"));
      }
    } else if (perp.isState()) {
      units.add(statement(Family.NEITHER, speaker(perp), perp));
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_NEUTRAL, null));
      }
    } else {
      units.add(statement(Family.REJECTS, speaker(perp), perp));
    }
  }

  /** Someone else weighs in: another government, an international body, a coalition. */
  private Unit extraVoice() {
    Actor who;
    if (!cast.internationals.isEmpty() && r.nextInt(3) == 0) {
      who = Actor.of(pick(cast.internationals, false));
    } else {
      who = Actor.of(otherCountry(host, perp.country()));
    }
    return switch (r.nextInt(6)) {
      case 0, 1 -> statement(Family.SUSPECTS, speaker(who), perp);
      case 2 -> statement(Family.ASSERTS, speaker(who), perp);
      case 3 -> statement(Family.ACCUSES, speaker(who), perp);
      case 4 ->
          statement(Family.DENIES_OTHER, speaker(who), perp); // an ally vouches for the accused
      default -> quote(speaker(who), Phrases.QUOTES_NEUTRAL, null);
    };
  }

  /** One attribution sentence; {@code a} is null when the perpetrator speaks for itself. */
  private Unit statement(Family family, Np a, Actor p) {
    Np pn = perpetrator(p);
    Np an = a != null ? a : pn;
    slots.put("A", an.text());
    slots.put("was_A", an.was());
    slots.put("has_A", an.has());
    slots.put("A.it", an.it());
    slots.put("P", pn.text());
    slots.put("was_P", pn.was());
    slots.put("is_P", pn.is());
    slots.put("P.it", pn.it());
    slots.put("P.its", pn.its());
    slots.put("has_P", pn.has());
    slots.put(
        "said",
        pick(
            List.of(
                "said",
                "said on " + slots.get("day_after"),
                "told reporters",
                "said in a statement"),
            false));
    String t = pick(family.templates, false);
    // Only after a plain "... {S}." ending: elsewhere the ending would say how or where twice.
    boolean blames =
        family == Family.ASSERTS || family == Family.SUSPECTS || family == Family.ACCUSES;
    if (blames
        && t.endsWith(" {S}.")
        && !t.startsWith("In ")
        && !t.contains("{said}")
        && r.nextInt(3) > 0) {
      t = t.substring(0, t.length() - 1) + pick(Phrases.CODAS, false) + ".";
    }
    String sentence = fill(t);
    String certainty =
        switch (family) {
          case SUSPECTS -> POSSIBLE.matcher(t).find() ? "possible" : "likely";
          case NEITHER -> "unknown";
          default -> "confirmed";
        };
    GoldFact fact = new GoldFact(an, strikeLabel(), pn, family.stance, certainty, sentence, true);
    return Unit.create(List.of(sentence), List.of(fact), List.of());
  }

  /** An earlier strike, in the outlet's own voice or admitted by the perpetrator. */
  private Unit history() {
    Np pn = perpetrator(perp);
    slots.put("P", pn.text());
    slots.put("has_P", pn.has());
    int i = r.nextInt(Phrases.HISTORY.size());
    String sentence = fill(Phrases.HISTORY.get(i));
    boolean admitted = Phrases.HISTORY.get(i).contains("acknowledged");
    Np voice = new Np(outlet, false, outlet, List.of("article", "author", "unknown"));
    // Not required: an outlet speaking in its own voice is the hardest attribution to find.
    GoldFact fact =
        new GoldFact(
            admitted ? pn : voice,
            "earlier strike",
            pn,
            admitted ? "claims_responsibility" : "asserts",
            "confirmed",
            sentence,
            false);
    return Unit.create(List.of(sentence), List.of(fact), List.of());
  }

  /** An official finding that names no perpetrator. */
  private Unit investigation() {
    String sentence = fill(pick(Phrases.INVESTIGATIONS, false));
    Actor state = Actor.of(host);
    Np finder =
        new Np(
            host.demonym() + " government investigation",
            false,
            host.demonym() + " government investigation",
            concat(
                List.of(
                    "government investigation",
                    "investigation",
                    host.demonym() + " interior ministry"),
                aliasesOf(state)));
    Np unknown = new Np("unknown", false, "unknown", List.of());
    GoldFact fact =
        new GoldFact(finder, strikeLabel(), unknown, "asserts", "confirmed", sentence, false);
    return Unit.create(List.of(sentence), List.of(fact), List.of());
  }

  /** A direct quotation, before or after its speaker, in one or two sentences. */
  /**
   * A direct quotation, before or after its speaker, in one or two sentences. {@code stance}: what
   * the words themselves say about the perpetrator (when they name or are it), or null.
   */
  private Unit quote(Np speaker, List<List<String>> pool, String stance) {
    List<String> q = pick(pool, false);
    String q1 = fill(q.get(0));
    String q2 = fill(q.get(1));
    String who = speaker.text();
    String whoCap = cap(who);
    String text =
        switch (r.nextInt(6)) {
          case 0 -> "“" + comma(q1) + "” " + who + " said.";
          case 1 -> whoCap + " said: “" + q1 + "”";
          case 2 -> "“" + comma(q1) + "” " + who + " said. “" + q2 + "”";
          case 3 -> "“" + q1 + " " + comma(q2) + "” " + who + " said in a statement.";
          case 4 -> whoCap + " told " + outlet + ": “" + q1 + " " + q2 + "”";
          default -> "“" + comma(q1) + "” said " + who + ".";
        };
    List<GoldFact> said = new ArrayList<>();
    // The words as printed, without the stop that may have become a comma.
    String words = q1.substring(0, q1.length() - 1);
    boolean namesPerpetrator = !"accuses".equals(stance) || q.get(0).contains("{P_short}");
    if (stance != null && namesPerpetrator) {
      // What a quotation implies is left to the scorer's judgement: not required.
      said.add(
          new GoldFact(
              speaker, strikeLabel(), perpetrator(perp), stance, "confirmed", words, false));
    }
    String start = words.length() > 60 ? words.substring(0, words.lastIndexOf(' ', 60)) : words;
    return Unit.create(List.of(text), said, List.of(new GoldQuote(speaker, start)));
  }

  /** How a speaking actor is named: the state, its officials, an office holder, a spokesman. */
  private Np speaker(Actor a) {
    if (!a.isState()) {
      Party p = a.party();
      return switch (r.nextInt(4)) {
        case 0 -> as(a, "a spokesman for " + p.name(), false);
        case 1 -> {
          List<Person> known = cast.peopleByParty.getOrDefault(p.label(), List.of());
          yield known.isEmpty()
              ? person(a, p.label() + " spokesman", names.holder(a.key(), "spokesman"))
              : known(a, pick(known, false));
        }
        default -> as(a, p.name(), p.plural());
      };
    }
    Country c = a.country();
    String d = c.demonym();
    List<Person> people = cast.peopleByCountry.getOrDefault(c.id(), List.of());
    switch (r.nextInt(9)) {
      case 0:
        return as(a, "the " + d + " government", false);
      case 1:
        return as(a, d + " officials", true);
      case 2:
        return as(a, "the " + d + " foreign ministry", false);
      case 3:
        return as(a, article(d) + " " + d + " military spokesman", false);
      case 4:
        String office = pick(STATE_OFFICES, false);
        return person(a, d + " " + office, names.holder(c.id(), office));
      case 5:
        List<Party> bodies = partiesOf(cast.governmentBodies, c);
        if (!bodies.isEmpty()) {
          Party body = pick(bodies, false);
          return as(Actor.of(body), body.name(), body.plural());
        }
        return as(a, "two " + d + " officials", true);
      case 6:
        if (!people.isEmpty()) {
          return known(a, pick(people, false));
        }
        return as(a, d + " security sources", true);
      default:
        return as(a, c.name(), false);
    }
  }

  /** How the actor a strike is attributed to is named. */
  private Np perpetrator(Actor a) {
    if (!a.isState()) {
      return as(a, a.party().name(), a.party().plural());
    }
    Country c = a.country();
    List<Party> forces = partiesOf(cast.militaries, c);
    return switch (r.nextInt(6)) {
      case 0 -> as(a, "the " + c.demonym() + " military", false);
      case 1 -> as(a, c.demonym() + " forces", true);
      case 2 -> {
        if (forces.isEmpty()) {
          yield as(a, c.name(), false);
        }
        Party f = pick(forces, false);
        yield as(a, f.name(), f.plural()); // the country is who did it; its army is how it is named
      }
      default -> as(a, c.name(), false);
    };
  }

  /** {@code text} naming actor {@code a}: its canonical label and every name of it. */
  private Np as(Actor a, String text, boolean plural) {
    return new Np(
        text, plural, a.isState() ? a.country().label() : a.party().label(), aliasesOf(a));
  }

  /** An office holder: the person's name is the label; the office and the actor count too. */
  private Np person(Actor a, String office, String name) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    return new Np(office + " " + name, false, name, concat(List.of(surname, office), aliasesOf(a)));
  }

  /** A person from the gazetteer: "US Secretary of State Antony Blinken", or the name alone. */
  private Np known(Actor a, Person p) {
    // "Prime Minister of Israel Benjamin Netanyahu" is not how copy reads; the name alone is.
    String text =
        p.role().isEmpty() || p.role().contains(" of ") ? p.label() : p.role() + " " + p.label();
    List<String> aliases = new ArrayList<>(p.aliases());
    if (!p.role().isEmpty()) {
      aliases.add(p.role());
    }
    return new Np(text, false, p.label(), concat(aliases, aliasesOf(a)));
  }

  /** Everything that names actor {@code a}: labels, gazetteer aliases, the phrases stories use. */
  private List<String> aliasesOf(Actor a) {
    List<String> out = new ArrayList<>();
    if (a.isState()) {
      Country c = a.country();
      out.add(c.label());
      out.add(c.name());
      out.addAll(c.aliases());
      for (String s :
          List.of(
              "government",
              "officials",
              "foreign ministry",
              "military",
              "forces",
              "security sources",
              "military spokesman")) {
        out.add(c.demonym() + " " + s);
      }
      partiesOf(cast.militaries, c).forEach(p -> out.add(p.label()));
      partiesOf(cast.governmentBodies, c).forEach(p -> out.add(p.label()));
    } else {
      Party p = a.party();
      out.add(p.label());
      out.addAll(p.aliases());
      Country home = cast.countryById.get(p.country());
      // A ministry or an army speaks for its state; an armed group does not.
      if (home != null && !p.kind().equals("armed_group")) {
        out.add(home.label());
        out.addAll(home.aliases());
      }
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private String strikeLabel() {
    return slots.get("kind") + " on the " + slots.get("T_bare") + " " + slots.get("where");
  }

  /** A foreign state, a group active in the host country, or a transnational one. */
  private Actor choosePerpetrator() {
    if (r.nextInt(2) == 0 || cast.armedGroups.isEmpty()) {
      return Actor.of(otherCountry(host, null));
    }
    List<Party> local = partiesOf(cast.armedGroups, host);
    if (!local.isEmpty() && r.nextInt(4) > 0) {
      return Actor.of(pick(local, false));
    }
    List<Party> stateless = cast.armedGroups.stream().filter(p -> p.country().isEmpty()).toList();
    return stateless.isEmpty()
        ? Actor.of(otherCountry(host, null))
        : Actor.of(pick(stateless, false));
  }

  private Actor chooseAccuser() {
    List<Party> local = partiesOf(cast.armedGroups, host);
    if (perp.isState() && !local.isEmpty() && r.nextInt(3) == 0) {
      return Actor.of(pick(local, false)); // the group that was hit blames the state
    }
    return Actor.of(host);
  }

  private Country otherCountry(Country a, Country b) {
    for (int tries = 0; ; tries++) {
      Country c = pick(cast.countries, true);
      if ((c != a && c != b) || tries > 50) {
        return c;
      }
    }
  }

  private List<Party> partiesOf(List<Party> parties, Country c) {
    return parties.stream().filter(p -> p.country().equals(c.id())).toList();
  }

  private void fillStorySlots() {
    String place = placeIn(host);
    String city = host.capital() != null ? host.capital() : host.label();
    String target = pick(TARGETS, false);
    int killed = 2 + r.nextInt(30);
    int wounded = killed + r.nextInt(60);
    LocalDate strikeDay = day.minusDays(r.nextInt(3));
    String weekday = strikeDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    slots.put("kind", kind[0]);
    slots.put("Kind", cap(kind[0]));
    slots.put("kind_a", article(kind[0]) + " " + kind[0]);
    slots.put("Kind_a", cap(article(kind[0]) + " " + kind[0]));
    slots.put("T_bare", target);
    slots.put("T_a", article(target) + " " + target);
    slots.put("T_a_cap", cap(article(target) + " " + target));
    slots.put("T_def", "the " + target);
    slots.put("T_def_cap", "The " + target);
    slots.put("where", place);
    slots.put(
        "when", pick(List.of("on ", "early on ", "late on ", "overnight on "), false) + weekday);
    slots.put(
        "day_after",
        strikeDay.plusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    slots.put("killed", Integer.toString(killed));
    slots.put("wounded", Integer.toString(wounded));
    slots.put(
        "casualties",
        switch (r.nextInt(3)) {
          case 0 -> ", killing " + killed + " people and wounding " + wounded;
          case 1 -> ", wounding " + wounded;
          default -> "";
        });
    slots.put("witness", pick(WITNESSES, false));
    slots.put("host", host.name());
    slots.put("host_dem", host.demonym());
    slots.put("city", city);
    Country far = otherCountry(host, null);
    slots.put("far_city", far.capital() != null ? far.capital() : far.label());
    slots.put("other", otherCountry(host, null).name());
    slots.put("troops", String.format(Locale.ROOT, "%,d", 500 + 100 * r.nextInt(60)));
    slots.put("blasts", Integer.toString(2 + r.nextInt(11)));
    slots.put("ordinal", pick(ORDINALS, false));
    slots.put("year", Integer.toString(day.getYear() - 1 - r.nextInt(8)));
    slots.put("percent", (1 + r.nextInt(4)) + "." + r.nextInt(10));
    slots.put("channel", pick(CHANNELS, false));
    slots.put("provocation", pick(PROVOCATIONS, false));
    List<Party> localGroups = partiesOf(cast.armedGroups, host);
    slots.put("group", localGroups.isEmpty() ? "militants" : pick(localGroups, false).name());
    slots.put("outlet", outlet);
    slots.put("P_short", perp.name().text());
    slots.put("A_short", accuser.name().text());
  }

  /** Slots that change from sentence to sentence: how the strike itself is named. */
  private String fill(String template) {
    String brief = "the " + (r.nextInt(2) == 0 ? kind[1] : kind[0]);
    slots.put("s", brief);
    slots.put(
        "S",
        switch (r.nextInt(4)) {
          case 0 -> "the " + kind[0] + " on the " + slots.get("T_bare") + " " + slots.get("where");
          case 1 -> "the " + kind[0] + " " + slots.get("where");
          case 2 -> "the " + kind[1] + " on the " + slots.get("T_bare");
          default -> brief;
        });
    slots.put("S_cap", cap(slots.get("S")));
    slots.put(
        "gerund",
        pick(List.of("carrying out ", "launching ", "conducting "), false) + slots.get("S"));
    slots.put("third", third.name().text());
    slots.put("Third", cap(third.name().text()));
    slots.put("consequence", pick(CONSEQUENCES, false));
    String out = template;
    // Twice: a slot's value may itself hold a slot ({consequence} holds {killed}).
    for (int pass = 0; pass < 2; pass++) {
      Matcher m = SLOT.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String v = slots.get(m.group(1));
        if (v == null) {
          throw new IllegalStateException(
              "template slot {" + m.group(1) + "} has no value: " + template);
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return cap(out);
  }

  /** A headline that claims nothing the story's gold does not hold. */
  private String title() {
    String a = accuser.name().label();
    String p = perp.name().label();
    List<String> titles = new ArrayList<>(Phrases.TITLES);
    for (Unit u : units) {
      for (GoldFact f : u.facts()) {
        boolean aboutPerp = f.required() && f.perpetrator().label().equals(p);
        if (aboutPerp && f.stance().equals("accuses") && f.attributor().label().equals(a)) {
          titles.addAll(Phrases.TITLES_ACCUSED);
        } else if (aboutPerp && f.stance().equals("denies") && f.attributor().label().equals(p)) {
          titles.addAll(Phrases.TITLES_DENIED);
        }
      }
    }
    slots.put("A", accuser.name().text());
    slots.put("P", perp.name().text());
    return fill(pick(titles, false));
  }

  private String dateLine() {
    return switch (r.nextInt(4)) {
      case 0 -> day.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
      case 1 ->
          "Published " + day.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
      case 2 -> "Date: " + day;
      default ->
          "Updated: "
              + day.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH))
              + String.format(Locale.ROOT, " %02d:%02d GMT", r.nextInt(24), r.nextInt(60));
    };
  }

  /** "BAGHDAD — " or "BAGHDAD (Reuters) — ", before the lead. */
  private String dateline() {
    String city = slots.get("city").toUpperCase(Locale.ROOT);
    return r.nextInt(2) == 0 ? city + " — " : city + " (" + outlet + ") — ";
  }

  private String placeIn(Country c) {
    List<String> places = cast.placesByCountry.getOrDefault(c.id(), List.of());
    String anchor =
        !places.isEmpty() && r.nextInt(3) > 0
            ? pick(places, false)
            : c.capital() != null ? c.capital() : null;
    if (anchor == null) {
      return "in "
          + pick(List.of("northern", "southern", "eastern", "western", "central"), false)
          + " "
          + c.name();
    }
    String dir = pick(DIRECTIONS, false);
    return dir.equals("near") || dir.startsWith("on") || dir.equals("outside")
        ? dir + " " + anchor
        : (10 + 10 * r.nextInt(15)) + " km " + dir + " " + anchor;
  }

  private int sentences() {
    return units.stream().mapToInt(Unit::sentenceCount).sum();
  }

  private int bytes() {
    return units.stream().mapToInt(Unit::byteCount).sum() + 120; // title and date line
  }

  /** A long-tailed pick when {@code ranked}: the first entries often, the last ones rarely. */
  private <T> T pick(List<T> list, boolean ranked) {
    if (!ranked) {
      return list.get(r.nextInt(list.size()));
    }
    double[] cdf = zipf(list.size());
    int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
    return list.get(Math.min(i < 0 ? -i - 1 : i, list.size() - 1));
  }

  private static final Map<Integer, double[]> ZIPF = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Cumulative Zipf weights, rank^-0.8: of 200 entries the first gets one pick in ten, the first
   * ten four in ten, and the last hundred still one in five; news coverage is that long-tailed.
   */
  private static double[] zipf(int n) {
    return ZIPF.computeIfAbsent(
        n,
        k -> {
          double[] c = new double[k];
          double sum = 0;
          for (int i = 0; i < k; i++) {
            // StrictMath: Math.pow may differ in the last bit between JVMs, and so would a pick.
            sum += StrictMath.pow(i + 1, -0.8);
            c[i] = sum;
          }
          for (int i = 0; i < k; i++) {
            c[i] /= sum;
          }
          return c;
        });
  }

  private static String article(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    // "a Ukrainian", "a European": a vowel letter that sounds like "you".
    boolean you = w.matches("(uk|ug|ur|uni|eu).*");
    return "aeiou".indexOf(w.charAt(0)) >= 0 && !you ? "an" : "a";
  }

  private static String comma(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + "," : sentence;
  }

  static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
