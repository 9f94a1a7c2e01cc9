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
        BoilerplateRule(
            id: "references.press-contact", category: .references,
            matcher: .sectionStarts(["kontakt", "pressekontakt", "ansprechpartner", "ansprechpartnerin", "ansprechpartner zum thema",
                                     "ansprechpartnerin zum thema", "press contact", "media contact", "media contacts",
                                     "contact presse", "contact média", "contacto de prensa", "contacto para medios",
                                     "contatto stampa", "contato para imprensa", "perscontact", "kontakt dla mediów",
                                     "контакты для сми", "контакти для змі"]),
            reason: "The press contact under a release names whom to call, not what happened"),
    ]
}
