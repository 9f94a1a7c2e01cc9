import PithHTML

/// Recognizes an appeal, sign-up, paywall or consent block from what it says and holds, not
/// from its class name: most such boxes carry hashed or utility classes, or none.
///
/// Evidence and weights:
/// - call-to-action wording from a rule table (any of ten languages): 2
/// - a form control, an e-mail input above all: 2 (e-mail input 3)
/// - links to a donation, sign-up or share target: 2
/// - a class/id token of a boilerplate category (in modes that did not prune by name): 2
/// - second-person address ("you", "Sie", "vous", "вы", ...): 1
/// - a currency amount: 1
/// - a place at the start or end of the article: 1
///
/// A block of up to 30 words goes at 3 points, up to 80 words at 4; longer blocks are prose and
/// never go on wording alone. Wording is required for appeals, so a form or a link by itself
/// (a search box, a source link) is not an appeal; copyright lines need only be short.
struct CallToAction {
    let verdict: Int32?

    init(attempt: ExtractionAttempt, node: Int, words: Words, text: String, cursor: CleanCursor) {
        verdict = Self.judge(attempt: attempt, node: node, words: words, text: text, cursor: cursor)
    }

    private static func judge(attempt: ExtractionAttempt, node: Int, words: Words, text: String, cursor: CleanCursor) -> Int32? {
        guard words.count > 0, words.count <= 80 else { return nil }
        let rules = attempt.rules
        let facts = attempt.facts
        var wordingRule = rules.phraseRule(in: words)
        var points = 0
        if let rule = wordingRule {
            if rules.rules[Int(rule)].category == .copyright {
                return words.count <= 40 ? rule : nil
            }
            points += 2
        }
        // Links are read only when wording was found, or for a very short block (a share row).
        let linkRule = wordingRule != nil || words.count <= 12 ? linkTargetRule(attempt: attempt, node: node) : nil
        if let linkRule {
            points += 2
            if wordingRule == nil && rules.rules[Int(linkRule)].category == .social && words.count <= 12 {
                wordingRule = linkRule  // A row of share links needs no wording.
            }
        }
        guard let rule = wordingRule else { return nil }
        if facts.emailInputs[node] > 0 { points += 3 } else if facts.formControls[node] > 0 { points += 2 }
        if !attempt.mode.pruneByName, facts.classRule[node] >= 0 { points += 2 }
        if SecondPerson.occurs(in: words) { points += 1 }
        if hasAmount(text) { points += 1 }
        let position = cursor.position(of: node, chars: attempt.aggregates.chars[node])
        if position.before < 0.15 || position.after < 0.15 { points += 1 }
        let needed = words.count <= 30 ? 3 : 4
        return points >= needed ? rule : nil
    }

    private static func linkTargetRule(attempt: ExtractionAttempt, node: Int) -> Int32? {
        let document = attempt.document
        var current = node
        let end = document.subtreeEnd(node)
        while current < end {
            if document.tag(current) == .a, let href = document.attributeRange(.href, of: current),
               let rule = attempt.rules.linkTargetRule(for: document.bytes[href]) {
                return rule
            }
            current += 1
        }
        return nil
    }

    /// "$5", "10 €", "£3", "100 zł", "500 ₽", "200 грн".
    private static func hasAmount(_ text: String) -> Bool {
        var sawDigit = false
        var sawCurrency = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": sawDigit = true
            case "$", "€", "£", "₽", "₴", "¥": sawCurrency = true
            default: break
            }
            if sawDigit && sawCurrency { return true }
        }
        return false
    }
}

/// Second-person pronouns and possessives: appeals address the reader.
enum SecondPerson {
    private static let words: Set<UInt64> = Set([
        "you", "your", "yours", "sie", "ihr", "ihre", "ihren", "ihnen", "du", "dein", "deine", "dich", "dir",
        "vous", "votre", "vos", "tu", "ton", "ta", "tes", "usted", "ustedes", "tú", "tu", "su", "sus", "vuestro",
        "tuo", "tua", "tuoi", "voi", "vostro", "você", "vocês", "seu", "sua", "u", "uw", "jij", "je", "jouw",
        "ty", "twój", "twoja", "wy", "wasz", "państwo", "вы", "ваш", "ваша", "ваше", "вас", "ты", "твой",
        "ви", "вас", "твій", "твоя",
    ].map { TokenHash.of($0) })

    static func occurs(in words: Words) -> Bool {
        words.hashes.contains { Self.words.contains($0) }
    }
}
