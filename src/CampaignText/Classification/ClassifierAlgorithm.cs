namespace CampaignText.Classification;

/// <summary>The learning algorithm a <see cref="ClassifierTrainer"/> fits.</summary>
public enum ClassifierAlgorithm
{
    /// <summary>
    /// Linear maximum-entropy (multinomial logistic regression) fitted by L-BFGS; the default, with complement naive
    /// Bayes mixed in (<see cref="ClassifierTrainerOptions.NaiveBayesWeight"/>).
    /// </summary>
    MaximumEntropy,

    /// <summary>The same linear maximum-entropy model fitted by SDCA (stochastic dual coordinate ascent).</summary>
    Sdca,

    /// <summary>Gradient-boosted trees (LightGBM, multiclass).</summary>
    LightGbm,

    /// <summary>One-versus-all averaged perceptrons with Platt-calibrated probabilities.</summary>
    Perceptron,
}
