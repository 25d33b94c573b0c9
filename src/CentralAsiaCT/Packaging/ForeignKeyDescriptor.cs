namespace CentralAsiaCT.Packaging;

/// <summary>One single-field foreign key of a Table Schema.</summary>
internal sealed record ForeignKeyDescriptor(string Field, string Resource, string ReferencedField);
