namespace NewsBot.Configuration;

/// <summary>
/// Marks a setting whose value must never be printed (tokens, app secrets): a message about it says what is wrong
/// without echoing what was given.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
