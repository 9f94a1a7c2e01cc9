import PithHTML

/// Recognizes an appeal, sign-up, paywall or consent block from what it says and holds, not
/// from its class name: most such boxes carry hashed or utility classes, or none.
///
/// Evidence, in two kinds:
/// - *wording*: call-to-action phrases from the rule tables (ten languages), 2 points for the
///   first and 2 for a second distinct one; second-person address ("you", "Sie", "vous", "вы")
///   1; a currency amount 1;
/// - *structure*: an e-mail input 3, other form controls 2, a button whose label is a call to
///   action 2, links or a form leading to a donation, sign-up or share target 2, a boilerplate
///   class token (in modes that did not prune by name) 2, a place at the start or end of the
///   article 1.
///
/// A block of up to 30 words goes at 3 points, up to 80 words at 4; longer blocks are prose.
/// Wording is required (a form or a link alone is not an appeal), and so is either structural
/// evidence of 2 or more, or two distinct phrases: a quoted sentence that happens to contain an
/// ask ("'We are grateful for your support,' said the mayor") stays. An e-mail input in a block
/// of at most 60 words is a sign-up form by itself; copyright lines need only be short.
struct CallToAction {
    let verdict: Int32?

    /// `text` is the block's kept text (up to 1,200 bytes) that `words` were read from.
    // `borrowing`: an initializer takes its arguments owned, and owning the attempt meant a copy
    // of it (a retain of each of its arrays) for every block judged.
    init(attempt: borrowing ExtractionAttempt, node: Int, text: String, words: Words, cursor: CleanCursor) {
        verdict = Self.judge(attempt: attempt, node: node, text: text, words: words, cursor: cursor)
    }

    private static func judge(attempt: ExtractionAttempt, node: Int, text: String, words: Words, cursor: CleanCursor) -> Int32? {
        guard words.count > 0, words.count <= 80 else { return nil }
        let rules = attempt.rules
        let facts = attempt.facts
        // A sign-up box is a sentence or two around the field; a short post that happens to hold
        // a "follow by e-mail" widget is not one (the walk reaches the widget's own block).
        let hasEmailInput = holdsKeptEmailInput(attempt: attempt, node: node)
        if hasEmailInput, words.count <= 60, attempt.aggregates.paragraphs[node] <= 2,
           textOutsideForms(attempt: attempt, node: node) <= 250, let rule = rules.emailInputRule { return rule }
        let phrases = rules.phraseMatches(in: words, limit: 3)
        let position = cursor.position(of: node, chars: attempt.aggregates.chars[node])
        let atEdge = position.before < 0.15 || position.after < 0.15
        if let first = phrases.first, Self.noticeCategories.contains(rules.rules[Int(first)].category) {
            // Notices (credits, disclaimers, affiliate and engagement lines) ask nothing of the
            // reader: short, at the edge, or said twice is enough.
            if words.count <= 12 || (words.count <= 40 && atEdge) || phrases.count >= 2 { return first }
        }
        // A copyright sign alone marks only a line that is little more than the notice.
        if phrases.isEmpty, words.hasCopyrightSign, words.count <= 12, let rule = rules.copyrightPhraseRule { return rule }

        let controls = ControlLabels(attempt: attempt, node: node)
        var wordingRule = phrases.first ?? controls.rule
        // Without a phrase or a button label, only a short row of share links can still be
        // judged (below); the rest of the evidence is not worth reading.
        if wordingRule == nil && words.count > Self.shareRowWords { return nil }
        let distinctPhrases = phrases.count  // non-overlapping matches, so each is distinct wording

        var structure = 0
        if hasEmailInput { structure += 3 } else if facts.formControls[node] > 0 { structure += 2 }
        if controls.rule != nil { structure += 2 }
        var isShareRow = false
        if let linkRule = linkTargetRule(attempt: attempt, node: node) {
            structure += 2
            if wordingRule == nil && rules.rules[Int(linkRule)].category == .social && words.count <= Self.shareRowWords {
                wordingRule = linkRule  // A row of share links needs no wording.
                isShareRow = true
            }
        }
        if !attempt.mode.pruneByName, facts.classRule[node] >= 0 { structure += 2 }
        if atEdge { structure += 1 }

        guard let rule = wordingRule, structure >= 2 || distinctPhrases >= 2 else { return nil }
        let needed = words.count <= 30 ? 3 : 4
        return wording(phrases: distinctPhrases, text: text, words: words, isShareRow: isShareRow) + structure >= needed ? rule : nil
    }

    /// A row of share links is at most this many words.
    private static let shareRowWords = 12

    /// The wording points; a share row's are fixed, its links being its wording.
    private static func wording(phrases: Int, text: String, words: Words, isShareRow: Bool) -> Int {
        if isShareRow { return 2 }
        var wording = min(phrases, 2) * 2
        if SecondPerson.occurs(in: words) { wording += 1 }
        if hasAmount(text) { wording += 1 }
        return wording
    }

    /// Whether an e-mail input inside `node` is still there: a comment form or a sidebar's
    /// follow-by-e-mail widget that was removed makes no sign-up box of the post around it.
    private static func holdsKeptEmailInput(attempt: ExtractionAttempt, node: Int) -> Bool {
        guard attempt.facts.emailInputs[node] > 0 else { return false }
        let document = attempt.document
        var current = node
        let end = document.subtreeEnd(node)
        while current < end {
            // The prepare phase removes every input itself (controls are never text); only a
            // removed container around one takes it away.
            if document.tag(current) == .input && attempt.facts.emailInputs[current] > 0 { return true }
            current = attempt.removed[current] >= 0 ? document.subtreeEnd(current) : current + 1
        }
        return false
    }

    /// Visible characters of `node` outside its forms: a sign-up box says a sentence or two
    /// around its field, a post with a follow-by-e-mail widget says much more.
    private static func textOutsideForms(attempt: ExtractionAttempt, node: Int) -> Int32 {
        let document = attempt.document
        var inForms: Int32 = 0
        var current = node + 1
        let end = document.subtreeEnd(node)
        while current < end {
            if document.tag(current) == .form {
                inForms += attempt.aggregates.chars[current]
                current = document.subtreeEnd(current)
            } else {
                current += 1
            }
        }
        return attempt.aggregates.chars[node] - inForms
    }

    /// Categories whose phrases mark notices rather than asks.
    private static let noticeCategories: Set<BoilerplateCategory> = [.copyright, .ads, .social, .footer, .toolbar, .byline]

    /// The first donation, sign-up or share target among the block's links and form actions.
    private static func linkTargetRule(attempt: ExtractionAttempt, node: Int) -> Int32? {
        let document = attempt.document
        var current = node
        let end = document.subtreeEnd(node)
        while current < end {
            let tag = document.tag(current)
            if tag == .a || tag == .form, let rule = attempt.facts.linkTargetRule(current) { return rule }
            current += 1
        }
        return nil
    }

    /// "$5", "10 €", "£3", "100 zł", "500 ₽", "200 грн". Read as UTF-8 bytes: the currency
    /// signs are whole sequences in valid UTF-8, and no scalar is decoded on the way.
    private static func hasAmount(_ text: String) -> Bool {
        var sawDigit = false
        var sawCurrency = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
            } else if byte == 0x24 {
                sawCurrency = true  // $
            } else if previous == 0xC2 && (byte == 0xA3 || byte == 0xA5) {
                sawCurrency = true  // £ ¥
            } else if beforePrevious == 0xE2 && previous == 0x82 && (byte == 0xAC || byte == 0xBD || byte == 0xB4) {
                sawCurrency = true  // € ₽ ₴
            }
            if sawDigit && sawCurrency { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}

/// The labels of the buttons and submit inputs inside a block (which the prepare phase removed
/// from the text), matched against the call-to-action labels and phrases.
struct ControlLabels {
    /// The rule a button label matches, if any.
    let rule: Int32?

    init(attempt: borrowing ExtractionAttempt, node: Int) {
        let document = attempt.document
        guard attempt.facts.formControls[node] > 0 || Self.hasButtonLikeLink(attempt, node) else {
            rule = nil
            return
        }
        var found: Int32?
        var current = node
        let end = document.subtreeEnd(node)
        while current < end && found == nil {
            let tag = document.tag(current)
            var label: String?
            if tag == .button {
                label = document.textContent(current)
            } else if tag == .input, let type = document.attribute(.type, of: current)?.lowercased(), type == "submit" || type == "button" {
                label = document.attribute(.value, of: current)
            }
            if let label {
                let words = Words(label)
                found = attempt.rules.labelRule(for: words) ?? attempt.rules.phraseRule(in: words)
                current = document.subtreeEnd(current)
            } else {
                current += 1
            }
        }
        rule = found
    }

    private static func hasButtonLikeLink(_ attempt: ExtractionAttempt, _ node: Int) -> Bool { false }
}

/// Second-person pronouns and possessives: appeals address the reader.
enum SecondPerson {
    /// An open-addressing table of the words' hashes: a `Set` hashed each word's hash again
    /// with SipHash, for every word of every short block.
    private static let words = HashTable<Bool>([
        "you", "your", "yours", "sie", "ihr", "ihre", "ihren", "ihnen", "du", "dein", "deine", "dich", "dir",
        "vous", "votre", "vos", "tu", "te", "toi", "ton", "ta", "tes", "usted", "ustedes", "tú", "ti", "su", "sus",
        "vuestro", "os", "tuo", "tua", "tuoi", "voi", "vostro", "você", "vocês", "seu", "sua", "u", "uw", "jij", "je",
        "jouw", "ty", "twój", "twoja", "wy", "wasz", "państwo", "вы", "ваш", "ваша", "ваше", "вас", "вам", "ты",
        "твой", "ви", "вас", "вам", "твій", "твоя",
    ].map { (TokenHash.of($0), true) })

    static func occurs(in words: Words) -> Bool {
        let table = Self.words
        return words.hashes.contains { table[$0] != nil }
    }
}
