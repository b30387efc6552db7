package org.tdah.assistant.domain.assistant;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.domain.identity.Language;

/**
 * The keywords of one language, written normalized (lower case, no accents, apostrophes and
 * hyphens as spaces: "aujourd hui", "rappelle moi"), grouped by what they mean. Phrases are tried
 * longest first, each word with {@link FuzzyWords}' typo tolerance.
 */
final class Vocabulary {
    enum Meaning {
        REMIND, CAPTURE, CAPTURE_SUFFIX, TEXT_LEAD, TEXT_TAIL, FILLER,
        LIST_TODAY, NEXT, DONE, CANCEL, CANCEL_THE_REMINDER, UNDO, HELP, SNOOZE, LATER, UNTIL,
        TODAY, TONIGHT, TOMORROW, AFTER_TOMORROW, NEXT_WEEK, WEEKDAY_LEAD, NEXT_WEEK_MARK,
        MORNING, AFTERNOON, EVENING, NIGHT, NOON, MIDNIGHT, CLOCK_LEAD, HOURS_WORD, DURATION_LEAD, AM, PM,
        HALF_HOUR, QUARTER_HOUR, EVERY, DAILY, WEEKDAYS, WEEKENDS, WEEK, MONTH, DAY, OTHER, OUT_OF_TWO, AND
    }

    private final Language language;
    private final Map<Meaning, List<String>> phrases;
    private final Map<Meaning, List<String[]>> splitPhrases = new EnumMap<>(Meaning.class);
    private final Set<String> keywords;
    private final Map<Integer, List<String>> keywordsByLength;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, ChronoUnit> units;
    private final Map<String, Integer> numbers;
    private final Set<String> exactWords;
    private final Set<String> signature;

    private Vocabulary(Language language, Map<Meaning, List<String>> phrases, Map<String, DayOfWeek> weekdays,
            Map<String, ChronoUnit> units, Map<String, Integer> numbers, Set<String> commonWords,
            Set<String> everydayWords) {
        this.language = language;
        this.phrases = new EnumMap<>(Meaning.class);
        phrases.forEach((meaning, list) -> this.phrases.put(meaning,
                list.stream().sorted(Comparator.comparingInt((String p) -> p.split(" ").length).reversed()).toList()));
        this.phrases.forEach((meaning, list) -> splitPhrases.put(meaning,
                list.stream().map(phrase -> phrase.split(" ")).toList()));
        this.weekdays = weekdays;
        this.units = units;
        this.numbers = numbers;
        this.keywords = Set.copyOf(keywords());
        this.keywordsByLength = this.keywords.stream().filter(word -> word.length() >= 4)
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .collect(Collectors.groupingBy(String::length, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted().toList())));
        Set<String> exact = new HashSet<>(commonWords);
        exact.addAll(keywords());
        this.exactWords = Set.copyOf(exact);
        Set<String> known = new HashSet<>(keywords());
        known.addAll(everydayWords);
        this.signature = Set.copyOf(known);
    }

    static Vocabulary of(Language language) {
        return language == Language.FR ? FRENCH : ENGLISH;
    }

    Language language() {
        return language;
    }

    List<String> phrases(Meaning meaning) {
        return phrases.getOrDefault(meaning, List.of());
    }

    Map<String, DayOfWeek> weekdays() {
        return weekdays;
    }

    Map<String, ChronoUnit> units() {
        return units;
    }

    Map<String, Integer> numbers() {
        return numbers;
    }

    /** Every single word this vocabulary knows, as written (for language detection). */
    Set<String> keywords() {
        Set<String> words = new HashSet<>();
        phrases.values().forEach(list -> list.forEach(p -> words.addAll(List.of(p.split(" ")))));
        words.addAll(weekdays.keySet());
        words.addAll(units.keySet());
        words.addAll(numbers.keySet());
        return words;
    }

    /** The words that tell this language: its keywords and a few everyday words. */
    Set<String> signature() {
        return signature;
    }

    /** Typed words that are never read as a neighbouring keyword. */
    Set<String> exactWords() {
        return exactWords;
    }

    private static final Vocabulary ENGLISH = new Vocabulary(Language.EN, Map.ofEntries(
            entry(Meaning.REMIND, List.of("remind me", "remind", "reminder", "set a reminder", "set reminder",
                    "remind me later", "remember", "don t forget", "dont forget", "pls remind me", "reminder to")),
            entry(Meaning.CAPTURE, List.of("todo", "to do", "add", "add task", "new task", "task", "note",
                    "note to self", "inbox", "capture", "add to list", "put")),
            entry(Meaning.CAPTURE_SUFFIX, List.of("to my list", "to the list", "to my todo list", "to my to do list",
                    "to todo", "to my tasks", "on my list", "to the todo list")),
            entry(Meaning.TEXT_LEAD, List.of("to", "about", "that", "of", "for", "me", "please")),
            entry(Meaning.TEXT_TAIL, List.of("at", "on", "in", "by", "please", "pls", "and", "around", "for")),
            entry(Meaning.FILLER, List.of("please", "pls", "plz", "ok", "okay", "thanks", "thank you", "thx", "hey",
                    "hi", "yes", "yep", "yeah", "so", "well", "now", "just", "it", "that", "this", "one")),
            entry(Meaning.LIST_TODAY, List.of("today", "list", "my list", "the list", "show list", "show my list",
                    "show me my list", "what s today", "whats today", "what s on today", "what do i have today",
                    "todo list", "to do list", "tasks", "my tasks", "agenda", "today s list", "todays list",
                    "my day", "what s on my list", "show today", "list today", "today list", "schedule", "what s the plan",
                    "what s the plan today", "what do i have", "what do i have to do", "what do i have to do today",
                    "plan for today", "today s plan", "what s on my plate", "what s on my plate today", "show my tasks",
                    "show tasks", "show me my tasks", "list my tasks", "list tasks", "my todo list", "my to do list",
                    "what s on my todo list", "what are my tasks", "what are my tasks today")),
            entry(Meaning.NEXT, List.of("next", "what now", "what next", "what s next", "whats next", "now what",
                    "what should i do", "what should i do now", "what do i do now", "what do i do", "next task",
                    "next thing", "what s now")),
            entry(Meaning.DONE, List.of("done", "did it", "i did it", "finished", "complete", "completed", "all done",
                    "it s done", "its done", "i m done", "im done", "finished it", "got it", "did that", "mark done",
                    "check", "dn", "done with", "finished with", "done with it", "i finished", "i completed", "i did",
                    "i ve done", "i have done", "i ve finished", "i have finished", "i m done with", "mark as done")),
            entry(Meaning.CANCEL, List.of("cancel", "delete", "remove", "cancel reminder", "cancel task", "delete reminder",
                    "delete task", "remove reminder", "remove task", "stop", "forget")),
            entry(Meaning.CANCEL_THE_REMINDER, List.of("cancel the reminder", "cancel this reminder",
                    "cancel that reminder", "delete the reminder", "stop the reminder", "stop reminding me")),
            entry(Meaning.UNDO, List.of("undo", "undo that", "undo it", "oops", "revert", "take it back", "cancel that",
                    "cancel it", "delete that", "never mind", "nevermind", "nvm", "scratch that", "my bad")),
            entry(Meaning.HELP, List.of("help", "help me", "commands", "menu", "how does this work", "what can you do",
                    "how do i use this", "info", "instructions", "h")),
            entry(Meaning.SNOOZE, List.of("snooze", "snooze it", "snooze that", "delay", "postpone", "push", "push it",
                    "remind me again", "remind again")),
            entry(Meaning.LATER, List.of("later", "not now", "remind me later", "in a bit", "later please",
                    "do it later", "ask me later")),
            entry(Meaning.UNTIL, List.of("until", "till", "til", "to", "for", "at")),
            entry(Meaning.TODAY, List.of("today", "later today")),
            entry(Meaning.TONIGHT, List.of("tonight", "this evening", "tonite", "this night")),
            entry(Meaning.TOMORROW, List.of("tomorrow", "tmrw", "tmr", "tomorow", "2morrow", "tommorow", "2moro", "2mrw",
                    "tmw", "tomoro")),
            entry(Meaning.AFTER_TOMORROW, List.of("day after tomorrow", "the day after tomorrow")),
            entry(Meaning.NEXT_WEEK, List.of("next week", "early next week")),
            entry(Meaning.WEEKDAY_LEAD, List.of("on", "this", "on this", "next", "on next", "coming", "this coming")),
            entry(Meaning.NEXT_WEEK_MARK, List.of("next", "on next")),
            entry(Meaning.MORNING, List.of("morning", "in the morning", "this morning", "a m", "am")),
            entry(Meaning.AFTERNOON, List.of("afternoon", "in the afternoon", "this afternoon")),
            entry(Meaning.EVENING, List.of("evening", "in the evening", "p m", "pm")),
            entry(Meaning.NIGHT, List.of("night", "at night", "tonight")),
            entry(Meaning.NOON, List.of("noon", "midday", "lunchtime", "lunch time", "12 noon")),
            entry(Meaning.MIDNIGHT, List.of("midnight")),
            entry(Meaning.CLOCK_LEAD, List.of("at", "around", "by", "@", "at about", "at around", "before", "until", "till", "til")),
            entry(Meaning.HOURS_WORD, List.of("o clock", "oclock", "sharp")),
            entry(Meaning.DURATION_LEAD, List.of("in", "within", "in about", "after")),
            entry(Meaning.AM, List.of("am", "a m", "in the morning")),
            entry(Meaning.PM, List.of("pm", "p m", "in the afternoon", "in the evening", "at night", "tonight")),
            entry(Meaning.HALF_HOUR, List.of("half an hour", "a half hour", "half hour", "30 mins")),
            entry(Meaning.QUARTER_HOUR, List.of("a quarter of an hour", "quarter of an hour", "a quarter hour",
                    "quarter hour")),
            entry(Meaning.EVERY, List.of("every", "each", "evry", "every single")),
            entry(Meaning.DAILY, List.of("daily", "everyday", "every day", "each day", "every morning", "each morning",
                    "every evening", "every night", "each evening", "every afternoon")),
            entry(Meaning.WEEKDAYS, List.of("weekday", "weekdays", "on weekdays", "every weekday", "each weekday",
                    "work day", "work days", "workday", "workdays", "every workday", "every work day",
                    "monday to friday", "monday through friday", "mon fri", "weekday mornings", "business day",
                    "business days")),
            entry(Meaning.WEEKENDS, List.of("weekends", "on weekends", "every weekend", "each weekend", "saturdays and sundays")),
            entry(Meaning.WEEK, List.of("week", "weekly", "every week", "each week", "weeks")),
            entry(Meaning.MONTH, List.of("month", "monthly", "every month", "each month", "months")),
            entry(Meaning.DAY, List.of("day", "days")),
            entry(Meaning.OTHER, List.of("other", "second", "2nd", "alternate")),
            entry(Meaning.AND, List.of("and", "&", "or"))),
            Map.ofEntries(
                    entry("monday", DayOfWeek.MONDAY), entry("mon", DayOfWeek.MONDAY), entry("mondays", DayOfWeek.MONDAY),
                    entry("tuesday", DayOfWeek.TUESDAY), entry("tue", DayOfWeek.TUESDAY), entry("tues", DayOfWeek.TUESDAY),
                    entry("tuesdays", DayOfWeek.TUESDAY),
                    entry("wednesday", DayOfWeek.WEDNESDAY), entry("wed", DayOfWeek.WEDNESDAY),
                    entry("wednesdays", DayOfWeek.WEDNESDAY), entry("wensday", DayOfWeek.WEDNESDAY),
                    entry("thursday", DayOfWeek.THURSDAY), entry("thu", DayOfWeek.THURSDAY), entry("thurs", DayOfWeek.THURSDAY),
                    entry("thursdays", DayOfWeek.THURSDAY),
                    entry("friday", DayOfWeek.FRIDAY), entry("fri", DayOfWeek.FRIDAY), entry("fridays", DayOfWeek.FRIDAY),
                    entry("saturday", DayOfWeek.SATURDAY), entry("sat", DayOfWeek.SATURDAY),
                    entry("saturdays", DayOfWeek.SATURDAY),
                    entry("sunday", DayOfWeek.SUNDAY), entry("sun", DayOfWeek.SUNDAY), entry("sundays", DayOfWeek.SUNDAY)),
            Map.ofEntries(
                    entry("m", ChronoUnit.MINUTES), entry("min", ChronoUnit.MINUTES), entry("mins", ChronoUnit.MINUTES),
                    entry("minute", ChronoUnit.MINUTES), entry("minutes", ChronoUnit.MINUTES), entry("mn", ChronoUnit.MINUTES),
                    entry("h", ChronoUnit.HOURS), entry("hr", ChronoUnit.HOURS), entry("hrs", ChronoUnit.HOURS),
                    entry("hour", ChronoUnit.HOURS), entry("hours", ChronoUnit.HOURS),
                    entry("d", ChronoUnit.DAYS), entry("day", ChronoUnit.DAYS), entry("days", ChronoUnit.DAYS),
                    entry("w", ChronoUnit.WEEKS), entry("week", ChronoUnit.WEEKS), entry("weeks", ChronoUnit.WEEKS)),
            Map.ofEntries(entry("a", 1), entry("an", 1), entry("one", 1), entry("two", 2), entry("three", 3),
                    entry("four", 4), entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8),
                    entry("nine", 9), entry("ten", 10), entry("fifteen", 15), entry("twenty", 20), entry("thirty", 30),
                    entry("forty", 40), entry("fortyfive", 45), entry("forty five", 45), entry("couple", 2),
                    entry("a couple", 2), entry("a few", 3), entry("few", 3)),
            Set.of("soon", "moon", "last", "lost", "lust", "water", "hater", "gone", "bone", "dune", "none", "lists",
                    "fine", "sunny", "sundae", "mind", "mine", "once", "some", "down", "town", "noun", "snow", "neat",
                    "list", "test", "best", "rest", "note", "notes", "more", "make", "done", "then", "than", "what",
                    "when", "here", "there", "help", "held", "hell", "nights", "knight", "light", "right", "eight",
                    "mid", "hour", "sour", "your", "four", "tour", "pour"),
            Set.of("the", "my", "i", "and", "is", "with", "call", "buy", "take", "pick", "up", "get", "your", "mom",
                    "dad", "from", "go", "pay", "bills", "meds", "send", "email", "doctor", "dentist", "out", "trash",
                    "milk", "bread", "clean", "water", "plants", "book", "appointment", "meeting", "work", "walk",
                    "dog", "cat", "feed", "laundry", "do", "what", "s", "have", "can", "you"));

    private static final Vocabulary FRENCH = new Vocabulary(Language.FR, Map.ofEntries(
            entry(Meaning.REMIND, List.of("rappelle moi", "rappelle", "rappel", "rappeles moi", "rappelles moi",
                    "rappel moi", "me rappeler", "rappeler", "peux tu me rappeler", "tu peux me rappeler",
                    "fais moi penser", "fait moi penser", "n oublie pas", "noublie pas", "pense a", "rappelez moi",
                    "souviens toi", "fais moi penser a", "fait moi penser a")),
            entry(Meaning.CAPTURE, List.of("ajoute", "ajouter", "ajoutes", "ajout", "a faire", "tache", "nouvelle tache",
                    "note", "noter", "note moi", "todo", "to do", "inscris", "mets", "liste de courses")),
            entry(Meaning.CAPTURE_SUFFIX, List.of("a ma liste", "a la liste", "dans ma liste", "sur ma liste",
                    "a mes taches", "dans la liste", "a ma todo", "a ma liste de taches")),
            entry(Meaning.TEXT_LEAD, List.of("de", "d", "que", "qu", "a", "pour", "svp", "stp", "moi")),
            entry(Meaning.TEXT_TAIL, List.of("a", "le", "la", "de", "dans", "svp", "stp", "pour", "vers", "et")),
            entry(Meaning.FILLER, List.of("svp", "stp", "s il te plait", "s il vous plait", "merci", "ok", "oui",
                    "daccord", "d accord", "bon", "alors", "ca", "le", "la", "celui la", "celle la", "moi")),
            entry(Meaning.LIST_TODAY, List.of("aujourd hui", "aujourdhui", "auj", "liste", "ma liste", "la liste",
                    "mes taches", "les taches", "taches", "quoi aujourd hui", "qu est ce que j ai aujourd hui",
                    "programme", "au programme", "mon programme", "ma journee", "ma liste du jour",
                    "liste du jour", "montre ma liste", "affiche ma liste", "mon agenda", "agenda",
                    "quoi de prevu", "qu est ce qui est prevu", "c est quoi aujourd hui", "quoi de prevu aujourd hui",
                    "qu est ce qui est prevu aujourd hui", "c est quoi le programme", "le programme du jour")),
            entry(Meaning.NEXT, List.of("et maintenant", "maintenant", "suivant", "suivante", "la suite", "quoi maintenant",
                    "je fais quoi", "je fais quoi maintenant", "on fait quoi", "et apres", "prochaine", "prochain",
                    "prochaine tache", "la prochaine", "et ensuite", "ensuite", "quoi ensuite", "next", "c est quoi la suite",
                    "quelle est la suite", "je fais quoi ensuite", "qu est ce que je fais", "qu est ce que je fais maintenant")),
            entry(Meaning.DONE, List.of("fait", "c est fait", "cest fait", "c fait", "fini", "termine", "j ai fini",
                    "je l ai fait", "ok fait", "ca y est", "c est bon", "cest bon", "fais", "faite", "j ai fait",
                    "done", "c est fini", "tout est fait", "voila", "j ai termine", "termine le", "c est termine")),
            entry(Meaning.CANCEL, List.of("annule", "annuler", "annule le", "annule la", "annule le rappel",
                    "supprime", "supprimer", "supprime le", "efface", "enleve", "retire", "annule rappel",
                    "annule la tache", "supprime la tache", "supprime le rappel", "arrete")),
            entry(Meaning.CANCEL_THE_REMINDER, List.of("annule le rappel", "annule ce rappel", "supprime le rappel",
                    "arrete le rappel", "arrete de me rappeler")),
            entry(Meaning.UNDO, List.of("annule", "annuler", "defaire", "defais", "annule ca", "annule ca stp", "oups",
                    "oops", "retour", "laisse tomber", "non annule", "undo", "annule le dernier", "efface ca")),
            entry(Meaning.HELP, List.of("aide", "aide moi", "aidez moi", "au secours", "commandes", "menu",
                    "comment ca marche", "comment ca fonctionne", "qu est ce que tu sais faire", "help", "info", "infos")),
            entry(Meaning.SNOOZE, List.of("snooze", "reporte", "reporter", "repousse", "repousser", "decale", "decaler",
                    "rappelle moi encore", "rappelle encore", "repete", "plus tard dans")),
            entry(Meaning.LATER, List.of("plus tard", "pas maintenant", "rappelle moi plus tard", "tout a l heure",
                    "plus tard stp", "plus tard svp", "apres", "pas tout de suite")),
            entry(Meaning.UNTIL, List.of("jusqu a", "jusqu", "a", "pour", "au", "de")),
            entry(Meaning.TODAY, List.of("aujourd hui", "aujourdhui", "auj", "aujourd", "plus tard aujourd hui")),
            entry(Meaning.TONIGHT, List.of("ce soir", "cette nuit", "ce soir la")),
            entry(Meaning.TOMORROW, List.of("demain", "dem1", "2main")),
            entry(Meaning.AFTER_TOMORROW, List.of("apres demain", "apres-demain", "apresdemain")),
            entry(Meaning.NEXT_WEEK, List.of("la semaine prochaine", "semaine prochaine", "la semaine pro")),
            entry(Meaning.WEEKDAY_LEAD, List.of("le", "ce", "pour")),
            entry(Meaning.NEXT_WEEK_MARK, List.of("prochain", "prochaine", "qui vient")),
            entry(Meaning.MORNING, List.of("matin", "du matin", "le matin", "ce matin", "dans la matinee", "matinee")),
            entry(Meaning.AFTERNOON, List.of("apres midi", "aprem", "apres-midi", "de l apres midi", "cet apres midi",
                    "l apres midi", "cet aprem", "de l aprem")),
            entry(Meaning.EVENING, List.of("soir", "du soir", "le soir", "ce soir", "soiree", "dans la soiree")),
            entry(Meaning.NIGHT, List.of("nuit", "la nuit", "cette nuit")),
            entry(Meaning.NOON, List.of("midi", "a midi")),
            entry(Meaning.MIDNIGHT, List.of("minuit")),
            entry(Meaning.CLOCK_LEAD, List.of("a", "vers", "aux alentours de", "avant", "au plus tard a", "pour a")),
            entry(Meaning.HOURS_WORD, List.of("heures", "heure", "h", "hr", "hrs")),
            entry(Meaning.DURATION_LEAD, List.of("dans", "d ici", "dici", "dans environ", "d ici environ", "apres")),
            entry(Meaning.AM, List.of("du matin", "am", "le matin")),
            entry(Meaning.PM, List.of("du soir", "de l apres midi", "de l aprem", "pm", "le soir", "ce soir",
                    "de la nuit", "l apres midi", "cet apres midi")),
            entry(Meaning.HALF_HOUR, List.of("une demi heure", "une demie heure", "demi heure", "1 2 heure")),
            entry(Meaning.QUARTER_HOUR, List.of("un quart d heure", "quart d heure")),
            entry(Meaning.EVERY, List.of("chaque", "tous les", "toutes les", "tout les", "touts les", "tous", "toutes")),
            entry(Meaning.DAILY, List.of("tous les jours", "chaque jour", "quotidiennement", "tout les jours",
                    "tous les matins", "chaque matin", "tous les soirs", "chaque soir", "quotidien", "journalier",
                    "toutes les nuits", "chaque nuit")),
            entry(Meaning.WEEKDAYS, List.of("en semaine", "les jours de semaine", "jours de semaine", "jour de semaine",
                    "du lundi au vendredi", "les jours ouvres", "jours ouvres", "jours ouvrables", "les jours ouvrables",
                    "lundi au vendredi", "chaque jour de semaine", "tous les jours de semaine",
                    "tous les jours ouvres", "chaque jour ouvre")),
            entry(Meaning.WEEKENDS, List.of("le week end", "le weekend", "les week ends", "les weekends",
                    "les samedis et dimanches", "chaque week end", "tous les week ends", "chaque weekend")),
            entry(Meaning.WEEK, List.of("semaine", "semaines", "hebdomadaire", "chaque semaine", "toutes les semaines",
                    "hebdo")),
            entry(Meaning.MONTH, List.of("mois", "mensuel", "chaque mois", "tous les mois", "mensuellement")),
            entry(Meaning.DAY, List.of("jour", "jours")),
            entry(Meaning.OTHER, List.of("deux", "2")),
            entry(Meaning.OUT_OF_TWO, List.of("sur deux", "sur 2")),
            entry(Meaning.AND, List.of("et", "ou", "&"))),
            Map.ofEntries(
                    entry("lundi", DayOfWeek.MONDAY), entry("lun", DayOfWeek.MONDAY), entry("lundis", DayOfWeek.MONDAY),
                    entry("mardi", DayOfWeek.TUESDAY), entry("mar", DayOfWeek.TUESDAY), entry("mardis", DayOfWeek.TUESDAY),
                    entry("mercredi", DayOfWeek.WEDNESDAY), entry("mer", DayOfWeek.WEDNESDAY),
                    entry("mercredis", DayOfWeek.WEDNESDAY),
                    entry("jeudi", DayOfWeek.THURSDAY), entry("jeu", DayOfWeek.THURSDAY), entry("jeudis", DayOfWeek.THURSDAY),
                    entry("vendredi", DayOfWeek.FRIDAY), entry("ven", DayOfWeek.FRIDAY), entry("vendredis", DayOfWeek.FRIDAY),
                    entry("samedi", DayOfWeek.SATURDAY), entry("sam", DayOfWeek.SATURDAY), entry("samedis", DayOfWeek.SATURDAY),
                    entry("dimanche", DayOfWeek.SUNDAY), entry("dim", DayOfWeek.SUNDAY),
                    entry("dimanches", DayOfWeek.SUNDAY)),
            Map.ofEntries(
                    entry("min", ChronoUnit.MINUTES), entry("mins", ChronoUnit.MINUTES), entry("minute", ChronoUnit.MINUTES),
                    entry("minutes", ChronoUnit.MINUTES), entry("mn", ChronoUnit.MINUTES), entry("m", ChronoUnit.MINUTES),
                    entry("h", ChronoUnit.HOURS), entry("heure", ChronoUnit.HOURS), entry("heures", ChronoUnit.HOURS),
                    entry("hr", ChronoUnit.HOURS), entry("hrs", ChronoUnit.HOURS),
                    entry("j", ChronoUnit.DAYS), entry("jour", ChronoUnit.DAYS), entry("jours", ChronoUnit.DAYS),
                    entry("semaine", ChronoUnit.WEEKS), entry("semaines", ChronoUnit.WEEKS)),
            Map.ofEntries(entry("un", 1), entry("une", 1), entry("deux", 2), entry("trois", 3), entry("quatre", 4),
                    entry("cinq", 5), entry("six", 6), entry("sept", 7), entry("huit", 8), entry("neuf", 9),
                    entry("dix", 10), entry("quinze", 15), entry("vingt", 20), entry("trente", 30),
                    entry("quarante", 40), entry("quelques", 3)),
            Set.of("faire", "fais", "faut", "fete", "pain", "main", "mains", "demi", "voir", "noir", "boire", "lire",
                    "sort", "sortir", "mardis", "aide", "midi", "mini", "liste", "reste", "juste", "tout", "tous",
                    "toute", "cours", "jour", "tour", "pour", "leur", "heure", "beurre", "matins", "nuit", "huit",
                    "suite", "fait", "faits", "vite", "note", "notes", "mets", "met", "mois", "moins", "fois",
                    "soir", "soirs", "savoir", "semaines", "rappel", "appel", "appelle", "appeler", "rappeler"),
            Set.of("le", "la", "les", "du", "des", "et", "mon", "ma", "mes", "un", "une", "je", "avec", "appeler",
                    "acheter", "prendre", "chez", "sur", "au", "aux", "est", "maman", "papa", "dans", "medicaments",
                    "medecin", "dentiste", "sortir", "poubelles", "payer", "factures", "envoyer", "courses", "lait",
                    "pain", "faire", "linge", "chien", "chat", "arroser", "plantes", "rdv", "rendez", "vous", "j",
                    "ai", "tu", "peux", "ca", "c", "qu", "quoi", "il", "y"));

    /**
     * The words as this vocabulary reads them: a word that is not a keyword but is a small typo of
     * one ({@link FuzzyWords}) is replaced by the nearest keyword; every other word stays as typed.
     * Matching afterwards is exact, and the person's own text is taken from the original message.
     */
    List<String> canonical(Words words) {
        return words.readBy(this, () -> canonical(words.list()));
    }

    /** {@link #canonical(Words)} for words on their own. */
    List<String> canonical(List<String> typed) {
        List<String> read = new ArrayList<>(typed.size());
        for (String word : typed) {
            read.add(keywords.contains(word) ? word : nearestKeyword(word));
        }
        return read;
    }

    private String nearestKeyword(String typed) {
        if (typed.length() < 4 || exactWords.contains(typed) || typed.chars().anyMatch(Character::isDigit)) {
            return typed;
        }
        String best = typed;
        int bestDistance = Integer.MAX_VALUE;
        for (int length = typed.length() - 2; length <= typed.length() + 2; length++) {
            for (String keyword : keywordsByLength.getOrDefault(length, List.of())) {
                int allowed = FuzzyWords.allowedTypos(keyword);
                if (Math.abs(length - typed.length()) > allowed) {
                    continue;
                }
                int distance = FuzzyWords.distance(typed, keyword);
                if (distance <= allowed
                        && (distance < bestDistance || (distance == bestDistance && closer(typed, keyword, best)))) {
                    best = keyword;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Between two keywords as near: the one starting with the typed letter, then the longer, then the first. */
    private static boolean closer(String typed, String keyword, String best) {
        boolean sameStart = keyword.charAt(0) == typed.charAt(0);
        if (sameStart != (best.charAt(0) == typed.charAt(0))) {
            return sameStart;
        }
        if (keyword.length() != best.length()) {
            return keyword.length() > best.length();
        }
        return keyword.compareTo(best) < 0;
    }

    /**
     * How many words a phrase of this meaning covers from {@code at} in {@link #canonical} words:
     * the longest phrase that fits, 0 when none.
     */
    int match(List<String> words, int at, Meaning meaning) {
        for (String[] parts : splitPhrases.getOrDefault(meaning, List.of())) {
            if (at + parts.length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                all = words.get(at + k).equals(parts[k]);
            }
            if (all) {
                return parts.length;
            }
        }
        return 0;
    }

    /** Whether the ({@link #canonical}) words, all of them, are one phrase of this meaning. */
    boolean isWhole(List<String> words, Meaning meaning) {
        return !words.isEmpty() && match(words, 0, meaning) == words.size();
    }

    /** What a word (a {@link #canonical} one, or a unit glued to its number: "20mintues") means in a map ({@link #weekdays()}, {@link #units()}, {@link #numbers()}). */
    <T> T lookup(Map<String, T> map, String word) {
        T meaning = map.get(word);
        return meaning != null || keywords.contains(word) ? meaning : map.get(nearestKeyword(word));
    }
}
