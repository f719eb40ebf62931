using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

public static class SettingsBinding
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to a configuration section as a contract checked on start: values that do
    /// not convert and unknown keys first (before the binder throws on them or drops them), then the data annotations
    /// of the options and of every nested setting, each failure a message naming the setting both ways users write it.
    /// </summary>
    public static OptionsBuilder<TOptions> BindSettings<TOptions>(this OptionsBuilder<TOptions> builder, IConfiguration configuration, string sectionPath)
        where TOptions : class
    {
        var owners = SectionOwners.For(builder.Services);
        owners.Add(sectionPath, typeof(TOptions));
        var section = configuration.GetSection(sectionPath);
        var name = builder.Name;
        builder.Configure(_ =>
        {
            var problems = SettingsShape.Problems(section, owners.Of(sectionPath));
            if (problems.Count > 0) throw new OptionsValidationException(name, typeof(TOptions), problems);
        });
        builder.Bind(section);
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(sectionPath, configuration));
        return builder.ValidateOnStart();
    }
}
