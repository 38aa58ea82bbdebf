using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AttrWs.Hosting;

/// <summary>
/// Applies the <c>AttrWs</c> configuration section on top of what code configured (registered after the code's
/// <c>Configure</c>). Binding is source generated; unknown keys and unconvertible values fail with the key in the message.
/// </summary>
internal sealed class ConfigureFromConfiguration(IConfiguration? configuration, string sectionName) : IConfigureOptions<WebSocketServerOptions>
{
    public void Configure(WebSocketServerOptions options)
    {
        if (configuration is null)
        {
            return;
        }

        var section = configuration.GetSection(sectionName);
        var bindable = new AttrWsConfiguration(options);
        try
        {
            section.Bind(bindable, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"Configuration section '{section.Path}' is invalid: {ex.Message}", ex);
        }

        bindable.ApplyListenAddresses(section.Path);
    }
}

/// <summary>Runs the options' own <see cref="WebSocketServerOptions.Validate"/> (with <c>ValidateOnStart</c>: at host start).</summary>
internal sealed class ValidateWebSocketServerOptions(string sectionName) : IValidateOptions<WebSocketServerOptions>
{
    public ValidateOptionsResult Validate(string? name, WebSocketServerOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException ex)
        {
            return ValidateOptionsResult.Fail($"{sectionName} (configuration section '{sectionName}', key path with ':'): {ex.Message}");
        }
    }
}
