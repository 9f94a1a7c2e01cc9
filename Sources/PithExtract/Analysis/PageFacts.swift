import PithHTML

/// Facts about every node that do not depend on which phases run: computed once per page and
/// shared by every rung of the fallback ladder.
struct PageFacts {
    let document: HTMLDocument
    let rules: BoilerplateRules

    /// Visible characters of each text node (whitespace not counted); 0 for elements.
    private(set) var textChars: [Int32]
    /// Commas in each text node (Latin, CJK and Arabic forms).
    private(set) var textCommas: [Int32]
    /// The rule a node's `class`/`id` tokens hit, or -1.
    private(set) var classRule: [Int32]
    /// Readability-style weight from `class` and `id`: ±25 each.
    private(set) var classWeight: [Int16]
    /// Whether a content token ("article", "content", ...) rescues the node from pruning.
    private(set) var rescued: [Bool]
    /// Whether a hidden-class name ("sr-only", "hidden") hides the node.
    private(set) var hiddenByClass: [Bool]
    /// Whether a strict descendant is named as content (`<article>`, `<main>`, a content token,
    /// `itemprop=articleBody`): such a subtree wraps the article, whatever its own name says.
    private(set) var wrapsNamedContent: [Bool]
    /// Form controls (inputs, buttons, selects, text areas) anywhere in each subtree, hidden
    /// or not: a sign-up box is recognized by its form even though the form itself is dropped.
    private(set) var formControls: [Int32]
    /// E-mail inputs in each subtree.
    private(set) var emailInputs: [Int32]
    /// The `<body>` element (or the root when there is none).
    private(set) var body: Int

    init(document: HTMLDocument, rules: BoilerplateRules) {
        self.document = document
        self.rules = rules
        let count = document.nodeCount
        textChars = Array(repeating: 0, count: count)
        textCommas = Array(repeating: 0, count: count)
        classRule = Array(repeating: -1, count: count)
        classWeight = Array(repeating: 0, count: count)
        rescued = Array(repeating: false, count: count)
        hiddenByClass = Array(repeating: false, count: count)
        formControls = Array(repeating: 0, count: count)
        emailInputs = Array(repeating: 0, count: count)
        wrapsNamedContent = Array(repeating: false, count: count)
        body = 0
        scan()
        foldFormControls()
        foldNamedContent()
    }

    private mutating func scan() {
        let document = self.document
        for node in 0..<document.nodeCount {
            let tag = document.tag(node)
            if tag == .text {
                countText(node)
            } else {
                if tag == .body && body == 0 { body = node }
                classify(node)
            }
        }
    }

    private mutating func foldNamedContent() {
        var node = document.nodeCount - 1
        while node > 0 {
            defer { node -= 1 }
            let tag = document.tag(node)
            guard tag != .text, let parent = document.parent(node) else { continue }
            let named = tag == .article || tag == .main || classWeight[node] > 0
                || document.attribute(.itemprop, of: node)?.lowercased().contains("articlebody") == true
            if named || wrapsNamedContent[node] { wrapsNamedContent[parent] = true }
        }
    }

    private mutating func foldFormControls() {
        var node = document.nodeCount - 1
        while node > 0 {
            let tag = document.tag(node)
            if tag == .input || tag == .button || tag == .select || tag == .textarea {
                formControls[node] += 1
                if tag == .input, isEmailInput(node) { emailInputs[node] += 1 }
            }
            if let parent = document.parent(node) {
                formControls[parent] += formControls[node]
                emailInputs[parent] += emailInputs[node]
            }
            node -= 1
        }
    }

    private func isEmailInput(_ node: Int) -> Bool {
        let type = document.attribute(.type, of: node)?.lowercased()
        if type == "email" { return true }
        let name = (document.attribute(.name, of: node) ?? "") + " " + (document.attribute(.placeholder, of: node) ?? "")
        return name.lowercased().contains("mail")
    }

    private mutating func countText(_ node: Int) {
        let range = document.textRange(node)
        var chars: Int32 = 0
        var commas: Int32 = 0
        document.bytes.withUnsafeBufferPointer { bytes in
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == 0x2C {
                    commas += 1
                } else if byte == 0xEF, index + 2 < range.upperBound, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                    commas += 1  // U+FF0C fullwidth comma
                } else if byte == 0xE3, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                    commas += 1  // U+3001 ideographic comma
                }
                // Count scalars that are not ASCII whitespace: lead bytes only.
                if byte > 0x20 && (byte & 0xC0) != 0x80 { chars += 1 }
                index += 1
            }
        }
        textChars[node] = chars
        textCommas[node] = commas
    }

    private mutating func classify(_ node: Int) {
        for name in [AttributeName.class, AttributeName.id] {
            let value = document.attributeBytes(name, of: node)
            guard !value.isEmpty else { continue }
            var positive = false
            var negativeRule: Int32 = -1
            ClassTokens.forEachKey(in: value) { key, isWholeName in
                if let rule = rules.classTokenRules[key] {
                    if rules.rules[Int(rule)].category == .hidden {
                        if isWholeName { hiddenByClass[node] = true }
                    } else if negativeRule < 0 {
                        negativeRule = rule
                    }
                }
                if rules.positiveTokens[key] != nil { positive = true }
                if rules.rescueTokens[key] != nil { rescued[node] = true }
                return true
            }
            if negativeRule >= 0 {
                classWeight[node] -= 25
                if classRule[node] < 0 { classRule[node] = negativeRule }
            }
            if positive { classWeight[node] += 25 }
        }
    }
}
