using System.Collections.Generic;

namespace CentralAsiaCT.Naming;

/// <summary>A collection looked up by name, as the DataCompiler sees it: the word that names it and its folded keys.</summary>
internal interface IFoldedKeys
{
    /// <summary>What the collection holds, in one word ("state", "review"): the name of its compiled keys.</summary>
    string Collection { get; }

    /// <summary>Every folded key of the collection's index, with the position in the collection of the one entity it
    /// finds, or -1 when it names several equally well.</summary>
    IEnumerable<KeyValuePair<string, int>> FoldedKeys();

    /// <summary>Every name and code as the data writes it (in upper and lower case, composed and decomposed) that names
    /// one entity of the collection, with its position.</summary>
    IEnumerable<KeyValuePair<string, int>> Spellings();
}
