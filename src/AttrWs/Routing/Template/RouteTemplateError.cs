namespace AttrWs.Routing.Template
{
    /// <summary>
    /// A template error as data: the diagnostic id (<c>ATTRWS001</c> syntax, <c>ATTRWS002</c> constraint), a sentence
    /// that says how to fix it, and the characters of the template it concerns (so the generator can point a diagnostic
    /// inside the string literal).
    /// </summary>
    internal sealed class RouteTemplateError
    {
        public const string SyntaxId = "ATTRWS001";
        public const string ConstraintId = "ATTRWS002";

        public RouteTemplateError(string id, string message, int offset, int length)
        {
            Id = id;
            Message = message;
            Offset = offset;
            Length = length;
        }

        /// <summary><see cref="SyntaxId"/> or <see cref="ConstraintId"/>.</summary>
        public string Id { get; }

        /// <summary>What is wrong and how to fix it.</summary>
        public string Message { get; }

        /// <summary>Offset in the template text.</summary>
        public int Offset { get; }

        /// <summary>Length in the template text (at least 1 unless the template is empty).</summary>
        public int Length { get; }

        /// <inheritdoc />
        public override string ToString() => Id + " at " + Offset + "+" + Length + ": " + Message;
    }
}
