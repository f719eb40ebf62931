namespace NewsBot.Chat;

/// <summary>Everything the bot says in chat, in Bahasa Indonesia (the default) and English.</summary>
public sealed class BotTexts
{
    public static BotTexts Indonesian { get; } = new()
    {
        Welcome = "Selamat datang di NewsBot! 📰\nSaya mengirim berita terbaru sesuai topik pilihan Anda.\n\n"
                  + "Lihat topik: /topik\nBerlangganan: /langganan ekonomi\nBantuan: /bantuan",
        NoTopicsYet = "Belum ada topik. Berita pertama sedang dikumpulkan; coba lagi sebentar lagi.",
        SubscribeNeedsTag = "Sebutkan topiknya, contoh: /langganan ekonomi\nLihat daftar topik: /topik",
        InvalidTags = "Topik ini tidak dapat dipakai: {0}. Gunakan huruf dan angka, contoh: /langganan ekonomi",
        Subscribed = "✅ Anda berlangganan: {0}\nBerita baru dengan topik ini akan dikirim ke sini.",
        NotYetUsedTags = "Catatan: belum ada berita dengan topik {0}; Anda akan menerimanya begitu ada.",
        Unsubscribed = "Anda berhenti dari: {0}",
        UnsubscribedAll = "Anda berhenti dari semua topik. Tidak ada berita lagi yang dikirim. Kembali kapan saja: /langganan <topik>",
        NotSubscribed = "Anda tidak berlangganan topik itu. Langganan Anda: /langgananku",
        MySubscriptions = "Langganan Anda: {0}",
        NoSubscriptions = "Anda belum berlangganan topik apa pun. Lihat /topik lalu /langganan <topik>.",
        LatestHeader = "Berita terbaru:",
        LatestHeaderForTag = "Berita terbaru tentang {0}:",
        NoArticles = "Belum ada berita.",
        NoArticlesForTag = "Belum ada berita tentang {0}. Lihat /topik.",
        LanguageChanged = "Bahasa diubah ke Bahasa Indonesia.",
        LanguageUsage = "Pilih bahasa: /bahasa id (Bahasa Indonesia) atau /bahasa en (English).",
        UnknownCommand = "Maaf, perintah {0} tidak dikenal. Ketik /bantuan untuk daftar perintah.",
        Failure = "Maaf, terjadi gangguan saat memproses perintah Anda. Silakan coba lagi sebentar lagi.",
    };

    public static BotTexts English { get; } = new()
    {
        Welcome = "Welcome to NewsBot! 📰\nI send the latest news on the topics you choose.\n\n"
                  + "See topics: /tags\nSubscribe: /subscribe ekonomi\nHelp: /help",
        NoTopicsYet = "No topics yet. The first news is being collected; try again shortly.",
        SubscribeNeedsTag = "Name the topic, e.g. /subscribe ekonomi\nSee the topics: /tags",
        InvalidTags = "These topics cannot be used: {0}. Use letters and digits, e.g. /subscribe ekonomi",
        Subscribed = "✅ You are subscribed to: {0}\nNew articles on these topics will be sent here.",
        NotYetUsedTags = "Note: there is no article on {0} yet; you will get them as soon as there are.",
        Unsubscribed = "You left: {0}",
        UnsubscribedAll = "You left all topics. No more news will be sent. Come back any time: /subscribe <topic>",
        NotSubscribed = "You are not subscribed to that topic. Your subscriptions: /mytags",
        MySubscriptions = "Your subscriptions: {0}",
        NoSubscriptions = "You have no subscriptions yet. See /tags, then /subscribe <topic>.",
        LatestHeader = "Latest news:",
        LatestHeaderForTag = "Latest news on {0}:",
        NoArticles = "No news yet.",
        NoArticlesForTag = "No news on {0} yet. See /tags.",
        LanguageChanged = "Language set to English.",
        LanguageUsage = "Choose a language: /language en (English) or /language id (Bahasa Indonesia).",
        UnknownCommand = "Sorry, I don't know the command {0}. Type /help for the list of commands.",
        Failure = "Sorry, something went wrong while handling your command. Please try again shortly.",
    };

    public required string Welcome { get; init; }
    public required string NoTopicsYet { get; init; }
    public required string SubscribeNeedsTag { get; init; }
    public required string InvalidTags { get; init; }
    public required string Subscribed { get; init; }
    public required string NotYetUsedTags { get; init; }
    public required string Unsubscribed { get; init; }
    public required string UnsubscribedAll { get; init; }
    public required string NotSubscribed { get; init; }
    public required string MySubscriptions { get; init; }
    public required string NoSubscriptions { get; init; }
    public required string LatestHeader { get; init; }
    public required string LatestHeaderForTag { get; init; }
    public required string NoArticles { get; init; }
    public required string NoArticlesForTag { get; init; }
    public required string LanguageChanged { get; init; }
    public required string LanguageUsage { get; init; }
    public required string UnknownCommand { get; init; }
    public required string Failure { get; init; }

    public static BotTexts For(string? language) => language == "en" ? English : Indonesian;
}
