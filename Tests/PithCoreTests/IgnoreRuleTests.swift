import Testing

@testable import PithCore

@Suite struct IgnoreRuleTests {
    let defaults = IgnoreFilter(IgnoreRule.defaults)

    @Test func defaultPresetsRemoveTickingChurnOnly() {
        let text = """
            By Ana Ruiz · Updated 12 minutes ago · 215 comments

            The council approved 3 new parks ago-style, not 12 minutes ago.

            Vor 5 Minuten aktualisiert. Il y a 3 heures. Hace 2 horas.
            """
        #expect(defaults.apply(text) == """
            By Ana Ruiz · ·

            The council approved 3 new parks ago-style, not.

            aktualisiert.
            """)
    }

    @Test func changedChurnGivesTheSameText() {
        let before = "Posted 3 hours ago\n\nThe plan passed.\n\n1,204 views · 88 shares"
        let after = "Posted 4 hours ago\n\nThe plan passed.\n\n1,391 views · 97 shares"
        #expect(defaults.apply(before) == defaults.apply(after))
        #expect(defaults.apply(before) == "The plan passed.")
        #expect(defaults.apply("The plan passed.") != defaults.apply("The plan failed."))
    }

    @Test func datesPresetAndCustomPatterns() throws {
        let filter = IgnoreFilter([IgnoreRule.preset("dates")!, try IgnoreRule.pattern("^Weather: .*$")])
        #expect(filter.apply("Saturday, 23 November 2019 5:20 PM\nWeather: 12°C\nThe vote is final.") == "The vote is final.")
        #expect(filter.apply("Published 2026-11-29T10:00:00Z. Text.") == "Published. Text.")
        #expect(IgnoreRule.preset("no-such-preset") == nil)
        #expect(throws: (any Error).self) { try IgnoreRule.pattern("(") }
    }

    @Test func noRulesLeaveTextAlone() {
        #expect(IgnoreFilter([]).apply("a  b\n\n\nc") == "a  b\n\n\nc")
    }
}
