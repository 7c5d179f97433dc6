package cn.dualprevention.sandbox.fault.web;

import cn.dualprevention.sandbox.fault.domain.Down;
import cn.dualprevention.sandbox.fault.domain.FaultState;
import org.mapstruct.Mapper;

@Mapper
interface FaultWebMapper {

    FaultView toView(FaultState state);

    FaultView.DownView toView(Down down);
}
