import Testing
@testable import PithFetch

/// robots.txt as RFC 9309 reads it: the group for our token, longest match, allow on ties.
@Suite struct RobotsRulesTests {
    let sample = """
        # A site's rules
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Crawl-delay: 2

        User-agent: BadBot
        Disallow: /
        """

    @Test func theWildcardGroupAppliesWhenNoGroupNamesUs() {
        let rules = RobotsRules(parsing: sample, agent: "pith")
        #expect(rules.allows("/news/today.html"))
        #expect(!rules.allows("/private/notes.html"))
        #expect(rules.allows("/private/press/release.html"), "the longer allow wins")
        #expect(rules.crawlDelay == 2)
    }

    @Test func aGroupNamingUsBeatsTheWildcard() {
        let text = sample + "\n\nUser-agent: Pith\nDisallow: /drafts\n"
        let rules = RobotsRules(parsing: text, agent: "pith")
        #expect(rules.allows("/private/notes.html"), "our own group has no /private/ rule")
        #expect(!rules.allows("/drafts/one"))
        #expect(rules.crawlDelay == nil)
    }

    @Test func wildcardsAndEndAnchors() {
        let text = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\n"
        let rules = RobotsRules(parsing: text, agent: "pith")
        #expect(!rules.allows("/files/report.pdf"))
        #expect(rules.allows("/files/report.pdf?download=1"), "$ anchors the end")
        #expect(!rules.allows("/search?lang=en&q=ferry"))
        #expect(rules.allows("/searching"))
    }

    @Test func allowWinsATieAndRobotsTxtIsAlwaysAllowed() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /\n", agent: "pith")
        #expect(rules.allows("/page"))
        #expect(!rules.allows("/other"))
        #expect(rules.allows("/robots.txt"))
        #expect(!RobotsRules.disallowAll.allows("/"))
        #expect(RobotsRules.allowAll.allows("/anything"))
    }

    @Test func anEmptyDisallowAllowsEverything() {
        let rules = RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "pith")
        #expect(rules.allows("/any/path"))
    }
}
