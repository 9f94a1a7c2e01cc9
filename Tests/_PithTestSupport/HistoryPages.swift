/// Small article pages for history and run tests, written for these tests.
public enum HistoryPages {
    public static let paragraphs = [
        "The harbour commission met on Monday to decide how to repair the eastern sea wall, which storms breached twice this winter and which protects the fish market and forty homes.",
        "Engineers presented two options: a rock revetment that would cost four million and take a year, or a concrete wall that would cost six million and last twice as long.",
        "After two hours of debate the commission chose the concrete wall by five votes to two, saying the town could not afford to repair the wall again within a generation.",
        "Work is due to start in September, and the fish market will move to the old ferry terminal while the contractors are on site.",
    ]

    /// A news page with a menu, a donation box and a footer around `paragraphs`.
    public static func article(_ paragraphs: [String] = paragraphs, title: String = "Sea wall to be rebuilt in concrete") -> String {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="og:title" content="\(title)"></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>\(title)</h1>
            \(body)
            </article>
            <aside class="donate-box"><p>Support local news: donate today.</p></aside>
            <footer>Copyright 2026 Harbour Times</footer></body></html>
            """
    }

    /// The article with one word replaced in its third paragraph.
    public static var edited: String {
        var changed = paragraphs
        changed[2] = changed[2].replacingOccurrences(of: "five votes to two", with: "four votes to three")
        return article(changed)
    }

    /// A bot-challenge page served with status 200.
    public static let challenge = """
        <html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing the site.</h1>
        <p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
        <p>Please enable JavaScript and cookies to continue.</p></body></html>
        """
}
