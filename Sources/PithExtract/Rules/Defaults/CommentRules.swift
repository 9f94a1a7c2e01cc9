extension BoilerplateRules {
    /// Comment sections and comment forms.
    static let comments: [BoilerplateRule] = [
        BoilerplateRule(
            id: "comments.class", category: .comments,
            matcher: .classTokens(["comment", "comments", "commentlist", "comment-list", "comments-area", "disqus",
                                   "respond", "reply", "replies", "discussion", "talkback", "commentary-form",
                                   "coral", "livefyre", "fb-comments", "akismet", "kommentar", "kommentare", "reactions",
                                   "commentaire", "commentaires", "comentario", "comentarios", "commento", "commenti",
                                   "reacties", "komentarz", "komentarze", "kommentarer"]),
            reason: "Containers named for reader comments"),
        BoilerplateRule(
            id: "comments.section", category: .comments,
            matcher: .sectionStarts(["comments", "leave a comment", "leave a reply", "post a comment", "add a comment",
                                     "join the discussion", "join the conversation", "responses", "reader comments",
                                     "kommentare", "kommentar schreiben", "diskussion", "commentaires",
                                     "laisser un commentaire", "comentarios", "deja un comentario", "commenti",
                                     "lascia un commento", "comentários", "deixe um comentário", "reacties",
                                     "laat een reactie achter", "komentarze", "dodaj komentarz", "комментарии",
                                     "оставить комментарий", "коментарі", "залишити коментар", "keine kommentare",
                                     "kommentare sind geschlossen", "comments are closed", "no comments", "commentaires fermés",
                                     "les commentaires sont fermés", "comentarios cerrados", "commenti chiusi"]),
            reason: "A heading that starts the comment section"),
    ]
}
