namespace NewsBot.Summaries;

/// <summary>
/// Logistic regression weights over <see cref="SentenceFeatures.Names"/>, fitted on 1465 IndoSum articles by
/// `dotnet run -c Release --project bench/NewsBot.Eval -- summaries ../shared/corpus --train`. Generated: do not edit.
/// </summary>
internal static class SentenceModelWeights
{
    public static readonly double[] Values =
    [
        1.1558338654236058, // bias
        -3.080020462647988, // first
        1.0502991167567977, // second
        1.0029759795428626, // third
        3.131303805969049, // inverse-position
        -2.2874008198791396, // relative-position
        -0.204794339202255, // first-paragraph
        -0.23686328338003398, // opens-paragraph
        -0.7304240628501032, // log-words
        0.16939305594468096, // short
        -0.8751001971865185, // long
        1.6773474499912102, // title-overlap
        2.4304811710453555, // centroid-cosine
        -1.0970227744678012, // first-sentence-cosine
        -0.2938915496052977, // digit-share
        -1.697475092419444, // quote
        -1.586982119725249, // question
        -2.7308160914124757, // boilerplate
        -0.6380194135874651, // log-sentences
        0.35493025959000896, // lead-title-overlap
        -1.2042670197837106, // fragment
        1.0426218510416274, // fourth
        0.6269315292370864, // fifth
        -0.043800763949388546, // index-in-paragraph
        1.2095708479897038, // length-share
        0.2923962044275545, // lead-centroid-cosine
        0.06682462613049656, // later-first-cosine
        -1.175258527087147, // previous-cosine
        0.06027313681708188, // title-overlap-squared
        -1.1115654073011703, // centroid-cosine-squared
        0.8071869180470599, // first-log-words
    ];

    public static readonly double[]? Selection = null;
}
