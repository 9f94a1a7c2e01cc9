/// What `pith jobs add` writes for a new job.
public struct JobEntry: Sendable, Equatable {
    public var url: String
    public var name: String?
    /// `every` duration text, such as `30m`.
    public var every: String?
    /// A 5-field cron expression.
    public var schedule: String?
    public var tags: [String]

    public init(url: String, name: String? = nil, every: String? = nil, schedule: String? = nil, tags: [String] = []) {
        self.url = url
        self.name = name
        self.every = every
        self.schedule = schedule
        self.tags = tags
    }

    /// `key: value` pairs in the order they are written.
    var fields: [(String, String)] {
        var fields: [(String, String)] = []
        if let name { fields.append(("name", YAMLText.scalar(name))) }
        fields.append(("url", YAMLText.scalar(url)))
        if let every { fields.append(("every", YAMLText.scalar(every))) }
        if let schedule { fields.append(("schedule", YAMLText.scalar(schedule))) }
        if !tags.isEmpty { fields.append(("tags", "[" + tags.map(YAMLText.scalar).joined(separator: ", ") + "]")) }
        return fields
    }
}

/// Writing YAML scalars by hand: plain when that is unambiguous, double-quoted otherwise.
enum YAMLText {
    static func scalar(_ text: String) -> String {
        let plainSafe = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "/._-:?=&%+~@*#".unicodeScalars.contains(scalar)
        }
        let ambiguous = text.isEmpty || text.contains(": ") || text.hasSuffix(":") || "-?:*&@#".contains(text.first!)
            || ["true", "false", "yes", "no", "null", "on", "off", "~"].contains(text.lowercased()) || Double(text) != nil
        if plainSafe && !ambiguous { return text }
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
