package org.newskg.synth;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation that can act, speak or be blamed in a story.
 *
 * @param id the gazetteer id ("pentagon")
 * @param label the gazetteer label ("Islamic Revolutionary Guard Corps")
 * @param kind the gazetteer kind (armed_group, military, government_body, coalition, media, ...)
 * @param country the country id it belongs to, or "" when none
 * @param plural whether it takes a plural verb ("the Houthis were")
 * @param aliases other names from the gazetteer
 */
record Party(
    String id,
    String label,
    String kind,
    String country,
    boolean plural,
    java.util.List<String> aliases) {
  /** How the name stands in a sentence: "the Houthis", "the Pentagon", "Hezbollah", "NATO". */
  String name() {
    boolean acronym = label.equals(label.toUpperCase(Locale.ROOT));
    boolean alreadyDefinite = label.startsWith("the ") || label.startsWith("The ");
    boolean arabicArticle = label.startsWith("al-") || label.startsWith("Al ");
    if (alreadyDefinite || arabicArticle || label.startsWith("Operation ")) {
      return label;
    }
    boolean takesThe =
        switch (kind) {
          // the Pentagon, the CIA, the Israel Defense Forces; but Tatmadaw stays bare
          case "government_body" -> !label.contains(" Street");
          case "military" -> acronym || label.contains(" ") || COLLECTIVE.contains(label);
          case "coalition", "international_organisation" ->
              !acronym && INSTITUTION.matcher(label).find();
          default ->
              !acronym
                  && (plural || COLLECTIVE.contains(label) || GROUP_WORD.matcher(label).find());
        };
    return takesThe ? "the " + label : label;
  }

  /** Names that are collective nouns in English copy: "the Taliban", "the Peshmerga". */
  private static final Set<String> COLLECTIVE =
      Set.of("Taliban", "Peshmerga", "Janjaweed", "Basij", "Mossad", "Shin Bet", "Kremlin");

  private static final Pattern GROUP_WORD =
      Pattern.compile(
          "(?i) (Group|Army|Front|Organization|Organisation|Movement|Network|Alliance|Council|Corps)$");

  private static final Pattern INSTITUTION =
      Pattern.compile(
          "(?i)coalition|Organi[sz]ation|Union|Nations|Committee|Council|Agency|Office|Court"
              + "|Commission|Fund|Programme|Mission|Force|League|Resistance|Alliance|Assistance"
              + "|Front|Assembly|Parliament|Observatory|Institute|Group|Society|Federation"
              + "|Monitor|Helmets");
}
