package cn.dualprevention.inspection.task.web;

import cn.dualprevention.inspection.task.application.ScheduleTask;
import cn.dualprevention.inspection.task.domain.InspectionTask;
import cn.dualprevention.inspection.task.domain.TaskSchedule;
import org.mapstruct.Mapper;

@Mapper
interface TaskWebMapper {

    ScheduleTask toCommand(ScheduleRequest request);

    TaskResponse toResponse(InspectionTask task);

    TaskResponse.Schedule toResponse(TaskSchedule schedule);
}
