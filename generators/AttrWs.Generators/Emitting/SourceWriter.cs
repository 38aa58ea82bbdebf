using System.Text;

namespace AttrWs.Generators.Emitting
{
    /// <summary>A minimal indented writer for generated C# (four spaces per level, <c>\n</c> line ends).</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public SourceWriter(int indent = 0)
        {
            _indent = indent;
        }

        /// <summary>Appends text another writer produced (already indented).</summary>
        public SourceWriter Raw(string text)
        {
            _builder.Append(text);
            return this;
        }

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
            }

            _builder.Append(text).Append('\n');
            return this;
        }

        public SourceWriter Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Open()
        {
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
