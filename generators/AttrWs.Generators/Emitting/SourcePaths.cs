using System;
using System.Collections.Generic;
using System.Text;
using AttrWs.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Generators.Emitting
{
    /// <summary>
    /// How the endpoint map writes an endpoint's file, so a binary carries no path of the machine that built it: a
    /// <c>PathMap</c> entry that matches wins (as for <c>CallerFilePath</c> and PDBs); otherwise the path is made relative
    /// to the project directory (<c>build_property.ProjectDir</c>, which the SDK makes visible to generators); a file on
    /// another root is written by name alone. With neither known (a bare compilation) the path is kept as the compiler saw it.
    /// </summary>
    /// <param name="ProjectDirectory">The project directory, or null when the build did not say.</param>
    /// <param name="PathMap">The compiler's path map as (from, to) pairs flattened in order.</param>
    internal sealed record SourcePaths(string? ProjectDirectory, EquatableArray<string> PathMap)
    {
        private const string ProjectDirProperty = "build_property.ProjectDir";

        /// <summary>The project directory from the analyzer config (the MSBuild property <c>ProjectDir</c>).</summary>
        public static string? ProjectDirectoryOf(AnalyzerConfigOptionsProvider options) =>
            options.GlobalOptions.TryGetValue(ProjectDirProperty, out var directory) && !string.IsNullOrWhiteSpace(directory)
                ? directory
                : null;

        /// <summary>The <c>/pathmap</c> the compiler was given, read off its source resolver (empty when there is none).</summary>
        public static EquatableArray<string> PathMapOf(Compilation compilation)
        {
            if (compilation.Options.SourceReferenceResolver is not SourceFileResolver resolver || resolver.PathMap.IsDefaultOrEmpty)
            {
                return EquatableArray<string>.Empty;
            }

            var pairs = new List<string>(resolver.PathMap.Length * 2);
            foreach (var entry in resolver.PathMap)
            {
                pairs.Add(entry.Key);
                pairs.Add(entry.Value);
            }

            return new EquatableArray<string>(pairs);
        }

        /// <summary>The path the endpoint map shows for <paramref name="path"/>.</summary>
        public string Display(string path)
        {
            if (path.Length == 0)
            {
                return path;
            }

            for (var i = 0; i + 1 < PathMap.Count; i += 2)
            {
                var from = PathMap[i];
                if (from.Length > 0 && path.StartsWith(from, StringComparison.Ordinal) && IsBoundary(path, from))
                {
                    var to = PathMap[i + 1];
                    var rest = path.Substring(from.Length).TrimStart('/', '\\');
                    var mapped = to.Length == 0 || IsSeparator(to[to.Length - 1]) ? to + rest : to + "/" + rest;
                    return to.IndexOf('\\') >= 0 ? mapped.Replace('/', '\\') : mapped.Replace('\\', '/');
                }
            }

            return ProjectDirectory is null ? path : RelativeTo(ProjectDirectory, path);
        }

        private static bool IsBoundary(string path, string prefix) =>
            path.Length == prefix.Length || IsSeparator(prefix[prefix.Length - 1]) || IsSeparator(path[prefix.Length]);

        private static bool IsSeparator(char c) => c == '/' || c == '\\';

        /// <summary><paramref name="path"/> relative to <paramref name="directory"/>, with '/' separators.</summary>
        private static string RelativeTo(string directory, string path)
        {
            var from = Split(directory);
            var to = Split(path);
            var common = 0;
            while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
            {
                common++;
            }

            // Nothing shared but the root (another drive, or a relative path the compiler kept): the name alone leaks nothing.
            if (common == 0 || (common == 1 && from[0].Length == 0))
            {
                return to[to.Length - 1];
            }

            var text = new StringBuilder();
            for (var i = common; i < from.Length; i++)
            {
                text.Append("../");
            }

            for (var i = common; i < to.Length; i++)
            {
                text.Append(to[i]);
                if (i < to.Length - 1)
                {
                    text.Append('/');
                }
            }

            return text.ToString();
        }

        private static string[] Split(string path)
        {
            var parts = path.Split('/', '\\');
            var kept = new List<string>(parts.Length);
            for (var i = 0; i < parts.Length; i++)
            {
                // Keep the empty first part of a rooted path (it marks the root); drop empty parts elsewhere and ".".
                if ((parts[i].Length == 0 && i > 0) || parts[i] == ".")
                {
                    continue;
                }

                kept.Add(parts[i]);
            }

            return kept.ToArray();
        }
    }
}
