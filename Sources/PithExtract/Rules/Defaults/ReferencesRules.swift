extension BoilerplateRules {
    /// Contacts, links and notes listed under an article ("Weitere Informationen:").
    static let references: [BoilerplateRule] = [
        BoilerplateRule(
            id: "references.further-information", category: .references,
            matcher: .sectionStarts(["weitere informationen", "weitere infos", "zusatzinformationen",
                                     "weiterführende informationen", "weiterführende links", "more information",
                                     "further information", "for more information",
                                     "plus d'informations", "pour en savoir plus", "más información", "para más información",
                                     "ulteriori informazioni", "per saperne di più", "mais informações", "meer informatie",
                                     "więcej informacji", "дополнительная информация", "додаткова інформація"]),
            // Not "further reading": an author's reading list is part of the piece.
            reason: "A lead-in that starts the contacts, links and notes listed under an article"),
    ]
}
