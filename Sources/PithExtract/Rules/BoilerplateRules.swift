import PithHTML

/// The effective rule set: the built-in tables, minus what a user disabled, plus what a user
/// added, compiled into the lookup tables the phases use.
public struct BoilerplateRules: Sendable {
    /// Every active rule, in table order.
    public let rules: [BoilerplateRule]

    /// Class/id token key → rule index.
    let classTokenRules: HashTable<Int32>
    /// Class/id token key → everything the page facts want to know of it, in one lookup.
    let classTokenInfo: HashTable<ClassTokenInfo>
    /// Content-naming tokens (positive weight) and pruning rescuers.
    let positiveTokens: HashTable<Bool>
    let rescueTokens: HashTable<Bool>
    let roleRules: [String: Int32]
    /// Rule index by known tag id, -1 for none: read for every element the prune phase visits,
    /// where hashing the tag into a dictionary cost more than the rest of the test.
    private let tagRuleTable: [Int32]
    /// First word → phrases starting with it (the remaining word hashes, rule index).
    let phrasesByFirstWord: HashTable<[PhraseEntry]>
    /// Whole-block label hash → rule index.
    let labelRules: HashTable<Int32>
    /// Lead-in hash → rule index.
    let sectionStartRules: HashTable<Int32>
    let linkTargetRules: [(target: [UInt8], rule: Int32)]
    let linkTargetMatcher: LinkTargetMatcher
    let copyrightPhraseRule: Int32?
    let emailInputRule: Int32?
    /// Prefix hash (of one to four words) → rule index.
    let prefixRules: HashTable<Int32>

    /// What one class/id token means.
    struct ClassTokenInfo: Sendable {
        var rule: Int32 = -1
        var positive = false
        var rescue = false
        var ingredient = false
    }

    struct PhraseEntry: Sendable {
        let rest: [UInt64]
        let rule: Int32
    }

    /// The built-in rules.
    public static let `default` = BoilerplateRules(rules: builtIn)

    /// Every built-in rule, one table per category.
    public static let builtIn: [BoilerplateRule] =
        donation + newsletter + paywall + consent + social + related + references + comments + navigation + ads
        + byline + bylineLines + toolbar + header + footer + copyright + tags + hidden

    public init(rules: [BoilerplateRule]) {
        self.rules = rules
        var classTokens: [(UInt64, Int32)] = []
        var roles: [String: Int32] = [:]
        var tags: [HTMLTag: Int32] = [:]
        var phrases: [UInt64: [PhraseEntry]] = [:]
        var labels: [(UInt64, Int32)] = []
        var sectionStarts: [(UInt64, Int32)] = []
        var linkTargets: [(String, Int32)] = []
        var copyrightRule: Int32?
        var emailRule: Int32?
        var prefixes: [(UInt64, Int32)] = []
        for (index, rule) in rules.enumerated() {
            let ruleIndex = Int32(index)
            switch rule.matcher {
            case .classTokens(let tokens):
                for token in tokens { if let key = ClassTokens.key(for: token) { classTokens.append((key, ruleIndex)) } }
            case .roles(let values):
                for value in values where roles[value.lowercased()] == nil { roles[value.lowercased()] = ruleIndex }
            case .tags(let names):
                for name in names { if let tag = HTMLTag.known(name.lowercased()), tags[tag] == nil { tags[tag] = ruleIndex } }
            case .phrases(let list):
                for phrase in list {
                    let words = Words(phrase)
                    if words.hasCopyrightSign && words.count == 0 {
                        copyrightRule = copyrightRule ?? ruleIndex
                        continue
                    }
                    guard let first = words.hashes.first else { continue }
                    phrases[first, default: []].append(PhraseEntry(rest: Array(words.hashes.dropFirst()), rule: ruleIndex))
                }
            case .labels(let list):
                for label in list { labels.append((Words.hash(of: Words(label).hashes[...]), ruleIndex)) }
            case .sectionStarts(let list):
                for lead in list { sectionStarts.append((Words.hash(of: Words(lead).hashes[...]), ruleIndex)) }
            case .linkTargets(let list):
                for target in list { linkTargets.append((target.lowercased(), ruleIndex)) }
            case .emailInputs:
                emailRule = emailRule ?? ruleIndex
            case .prefixes(let list):
                for prefix in list { prefixes.append((Words.hash(of: Words(prefix).hashes[...]), ruleIndex)) }
            }
        }
        classTokenRules = HashTable(classTokens)
        positiveTokens = HashTable(ContentSignals.positiveTokens.compactMap { ClassTokens.key(for: $0).map { ($0, true) } })
        rescueTokens = HashTable(ContentSignals.rescueTokens.compactMap { ClassTokens.key(for: $0).map { ($0, true) } })
        var info: [UInt64: ClassTokenInfo] = [:]
        for (key, rule) in classTokens where info[key] == nil { info[key] = ClassTokenInfo(rule: rule) }
        for token in ContentSignals.positiveTokens { if let key = ClassTokens.key(for: token) { info[key, default: ClassTokenInfo()].positive = true } }
        for token in ContentSignals.rescueTokens { if let key = ClassTokens.key(for: token) { info[key, default: ClassTokenInfo()].rescue = true } }
        for token in RecipeParts.tokens { if let key = ClassTokens.key(for: token) { info[key, default: ClassTokenInfo()].ingredient = true } }
        classTokenInfo = HashTable(info.map { ($0.key, $0.value) })
        roleRules = roles
        var tagTable = [Int32](repeating: -1, count: HTMLTag.knownNames.count)
        for (tag, rule) in tags { tagTable[Int(tag.rawValue)] = rule }
        tagRuleTable = tagTable
        phrasesByFirstWord = HashTable(phrases.map { ($0.key, $0.value) })
        labelRules = HashTable(labels)
        sectionStartRules = HashTable(sectionStarts)
        linkTargetRules = linkTargets.map { (target: Array($0.0.utf8), rule: $0.1) }
        linkTargetMatcher = LinkTargetMatcher(linkTargetRules)
        copyrightPhraseRule = copyrightRule
        emailInputRule = emailRule
        prefixRules = HashTable(prefixes)
    }

    /// These rules with a user's overrides: disabled ids removed, added rules appended.
    public func applying(_ overrides: RuleOverrides) -> BoilerplateRules {
        guard !overrides.disabled.isEmpty || !overrides.added.isEmpty else { return self }
        return BoilerplateRules(rules: rules.filter { !overrides.disabled.contains($0.id) } + overrides.added)
    }

    /// The rule with this id, if active.
    public func rule(withID id: String) -> BoilerplateRule? {
        rules.first { $0.id == id }
    }

    // MARK: Lookups used by the phases

    /// The first phrase rule found in `words`, scanning left to right.
    func phraseRule(in words: Words) -> Int32? {
        phraseMatches(in: words, limit: 1).first ?? (words.hasCopyrightSign ? copyrightPhraseRule : nil)
    }

    /// Phrase matches in `words`, left to right, at most `limit`, as (rule, start word) pairs'
    /// rules; two matches never overlap.
    func phraseMatches(in words: Words, limit: Int) -> [Int32] {
        let hashes = words.hashes
        var found: [Int32] = []
        var start = 0
        while start < hashes.count && found.count < limit {
            var matchedLength = 0
            if let entries = phrasesByFirstWord[hashes[start]] {
                for entry in entries where start + entry.rest.count < hashes.count {
                    var matches = true
                    for (offset, word) in entry.rest.enumerated() where hashes[start + 1 + offset] != word {
                        matches = false
                        break
                    }
                    if matches {
                        found.append(entry.rule)
                        matchedLength = entry.rest.count + 1
                        break
                    }
                }
            }
            start += max(matchedLength, 1)
        }
        return found
    }

    /// The label rule when the whole text is a label ("Advertisement", "Share this").
    func labelRule(for words: Words) -> Int32? {
        guard words.count > 0, words.count <= 8 else { return nil }
        return labelRules[Words.hash(of: words.hashes[...])]
    }

    /// The lead-in rule when the text is a section lead-in ("Related articles", "Tags: a, b").
    func sectionStartRule(for words: Words) -> Int32? {
        guard words.count > 0 else { return nil }
        // "Comments (4)", "Kommentare 12": a count after the label does not change it.
        var end = words.count
        while end > 1 && words.isNumber(at: end - 1) { end -= 1 }
        if end <= 7, let rule = sectionStartRules[Words.hash(of: words.hashes[..<end])] { return rule }
        if let colon = words.wordsBeforeFirstColon, colon > 0, colon <= 7,
           let rule = sectionStartRules[Words.hash(of: words.hashes[..<colon])] {
            return rule
        }
        // A short line ending in a colon that opens with a lead-in phrase of two words or more
        // introduces what follows: "Lesen Sie auch die folgenden Beiträge:", "Weitere Beiträge
        // aus der Kolumne:".
        if words.wordsBeforeFirstColon == words.count, words.count <= 8 {
            for length in stride(from: min(5, words.count - 1), through: 2, by: -1) {
                if let rule = sectionStartRules[Words.hash(of: words.hashes[..<length])] { return rule }
            }
        }
        return nil
    }

    /// The prefix rule when a short text opens with "Word:" from a prefix table.
    /// The rule that names elements of `tag` boilerplate (`nav`, `aside`, ...), if any.
    @inline(__always) func tagRule(for tag: HTMLTag) -> Int32? {
        let index = Int(tag.rawValue)
        guard index < tagRuleTable.count, tagRuleTable[index] >= 0 else { return nil }
        return tagRuleTable[index]
    }

    func prefixRule(for words: Words) -> Int32? {
        guard words.count <= 14, let colon = words.wordsBeforeFirstColon, colon > 0, colon <= 4 else { return nil }
        return prefixRules[Words.hash(of: words.hashes[..<colon])]
    }

    /// The link-target rule an `href` matches, if any (ASCII case-insensitive); a path target
    /// (`/donate`) must end at a segment boundary.
    func linkTargetRule(for href: ArraySlice<UInt8>) -> Int32? {
        linkTargetMatcher.rule(for: href)
    }
}
