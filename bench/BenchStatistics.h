#pragma once

#include <algorithm>
#include <vector>

namespace voxnote::bench {

/// The middle of `values`, or the mean of the two middle ones for an even
/// count; 0 for none. Benchmarks quote medians: this machine is noisy.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace voxnote::bench
